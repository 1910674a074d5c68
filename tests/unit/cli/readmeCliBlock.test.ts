import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, factdesk, repoRoot } from '../../helpers/runFactdesk';

let help: { code: number | null; stdout: string };
beforeAll(() => {
  buildCli();
  help = factdesk(['--help']);
}, 120_000);

/** The command lines of the first sh block under "## The command line", comments dropped. */
function readmeCommandLines(): string[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The command line'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter((line) => line !== '');
}

/** The usage line and every command's line, as `factdesk --help` prints them. */
function helpCommandLines(help: string): string[] {
  const usage = /^Usage: (factdesk .*)$/m.exec(help)?.[1];
  const commands = help
    .split('\n')
    .filter((line) => line.startsWith('  factdesk '))
    .map((line) => line.trim());
  return usage ? [usage, ...commands] : commands;
}

describe('the README’s command-line block', () => {
  it('lists exactly what `factdesk --help` lists, option for option', () => {
    expect(help.code).toBe(0);
    expect(readmeCommandLines()).toEqual(helpCommandLines(help.stdout));
  });

  it('names every global option the help lists', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const options = [...help.stdout.matchAll(/^ {2}(--[a-z-]+)/gm)].map((match) => match[1]);
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(readme).toContain(`${option}`);
  });
});
