import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { backupNow, startBackupSchedule } from '../service/backupSchedule';
import { resolveDbPath } from '../service/defaultDataDir';
import { appVersion, packageRoot } from '../service/packageInfo';
import { openWorkbenchSession } from '../service/recoverySession';
import { seedSampleArticle } from '../service/sampleArticle';
import { startHost } from './startHost';
import { errorMessage } from '../core/errorMessage';

function openInBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

const describe = (error: unknown) => errorMessage(error);

const usage = `Usage: npm run web -- [--db PATH] [--port N] [--no-open]

Serves the Factdesk workbench to your browser at http://127.0.0.1:PORT/ (a free port unless
--port is given) and opens it, unless --no-open. --db names the database file (default: the
FACTDESK_DB environment variable, else the data folder's factdesk.sqlite). Press Enter for a
fresh sign-in link.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  }
  const root = packageRoot();
  const session = await openWorkbenchSession({
    dbPath: resolveDbPath(values.db),
    shell: 'host',
    appVersion: appVersion(root),
    async onOpen(workbench) {
      await seedSampleArticle(workbench.store, workbench.handlers, join(root, 'resources/samples'));
      // A backup that fails must not keep the workbench closed; the next check tries again.
      await backupNow(workbench).catch((error: unknown) => {
        console.error(`factdesk web: the start-up backup failed: ${describe(error)}`);
      });
    },
  });
  const stopBackups = startBackupSchedule(session.workbench, (error) =>
    console.error(`factdesk web: the daily backup failed: ${describe(error)}`),
  );
  const host = await startHost({
    dispatch: session.dispatch,
    rendererDir: join(root, 'out/renderer'),
    port,
  });
  // The printed and the opened URL each carry their own one-time code, never the session.
  console.log(`Factdesk is running at ${host.url}`);
  console.log(`Data: ${session.dbPath}`);
  // A line on stdin (Enter in a terminal, or a script's newline) prints a fresh link.
  if (process.stdin.isTTY) {
    console.log('Each link works once, for five minutes; press Enter here for a new one.');
  }
  process.stdin.on('data', () => console.log(`Factdesk is running at ${host.signInUrl()}`));
  process.stdin.on('error', () => undefined);
  const status = session.status();
  if (status.mode === 'recovery') console.error(`Recovery mode: ${status.message}`);
  else if (status.movedAside.length > 0) console.error(status.message);
  if (!values['no-open']) openInBrowser(host.signInUrl(60_000));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    stopBackups();
    void host.close().then(() => {
      session.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  // Started by a launcher that was killed outright: nobody would ever stop this host.
  const launcher = process.ppid;
  setInterval(() => {
    if (process.ppid !== launcher) stop();
  }, 500).unref();
}

main().catch((error: unknown) => {
  console.error(`factdesk web: ${describe(error)}`);
  process.exit(1);
});
