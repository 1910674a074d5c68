import { parseArgs } from 'node:util';
import { FactdeskError } from '../contract/errors';
import { DatabaseRefusedError } from '../store/DatabaseRefusedError';
import { resolveDbPath } from '../service/defaultDataDir';
import type { OpenedWorkbench } from '../service/openWorkbench';
import { openWorkbench } from '../service/openWorkbench';
import type { CliIo } from './CliContext';
import { UsageError, createCliContext } from './CliContext';
import type { Command } from './Command';
import { commands } from './commands/index';
import { errorMessage } from '../core/errorMessage';
import { visibleControls } from './visibleControls';

const globalOptions = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  version: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function helpText(): string {
  const lines = commands.map((c) => `  factdesk ${c.usage}\n      ${c.summary}`);
  return [
    'Usage: factdesk [--db PATH] [--json] COMMAND ...',
    '',
    'Global options:',
    '  --db PATH   the database file (default: FACTDESK_DB, else the app’s data folder)',
    '  --json      machine-readable output',
    '  --version   print the version',
    '',
    'Commands:',
    ...lines,
  ].join('\n');
}

/** The words that name the command: positionals, once the global --db and its value are set aside. */
function commandWords(argv: string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--db') i++;
    else if (!arg.startsWith('-')) words.push(arg);
  }
  return words;
}

function findCommand(words: string[]): { command: Command; rest: string[] } | undefined {
  const matches = commands
    .filter((c) => c.path.every((word, i) => words[i] === word))
    .sort((a, b) => b.path.length - a.path.length);
  const command = matches[0];
  return command ? { command, rest: words.slice(command.path.length) } : undefined;
}

export interface RunCliOptions {
  io: CliIo;
  env?: NodeJS.ProcessEnv;
  appVersion: string;
}

/** Runs one CLI invocation and returns its exit code: 0 done, 1 refused or failed, 2 misuse. */
export async function runCli(argv: string[], options: RunCliOptions): Promise<number> {
  const { io } = options;
  let workbench: OpenedWorkbench | undefined;
  let json = false;
  try {
    const words = commandWords(argv);
    const found = findCommand(words);
    const spec = { ...globalOptions, ...(found?.command.options ?? {}) };
    const { values, positionals } = parseArgs({
      args: argv,
      options: spec,
      allowPositionals: true,
      strict: true,
    });
    json = values.json === true;
    if (values.version) {
      io.stdout(
        json
          ? `${JSON.stringify({ version: options.appVersion })}\n`
          : `${visibleControls(options.appVersion)}\n`,
      );
      return 0;
    }
    if (values.help || !found) {
      if (!values.help && words.length > 0) {
        io.stderr(`factdesk: unknown command "${visibleControls(words.join(' '))}"\n\n`);
      }
      (values.help ? io.stdout : io.stderr)(`${helpText()}\n`);
      return values.help ? 0 : 2;
    }
    workbench = openWorkbench({
      dbPath: resolveDbPath(typeof values.db === 'string' ? values.db : undefined, options.env),
      shell: 'cli',
      appVersion: options.appVersion,
    });
    const ctx = createCliContext(workbench.dispatch, io, json);
    await found.command.run(
      ctx,
      positionals.slice(found.command.path.length),
      values as Record<string, string | boolean | undefined>,
    );
    return 0;
  } catch (error) {
    const message = errorMessage(error);
    if (json && error instanceof FactdeskError) {
      io.stderr(`${JSON.stringify({ error: error.toPayload() })}\n`);
    } else if (json && error instanceof DatabaseRefusedError) {
      io.stderr(`${JSON.stringify({ error: { code: error.reason, message } })}\n`);
    } else {
      io.stderr(`factdesk: ${visibleControls(message)}\n`);
    }
    const isUsage =
      error instanceof UsageError ||
      (error instanceof Error &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS'));
    return isUsage ? 2 : 1;
  } finally {
    workbench?.close();
  }
}
