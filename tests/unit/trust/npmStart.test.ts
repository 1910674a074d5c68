import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, repoRoot } from '../../helpers/runFactdesk';
import { makeTempDir } from '../../helpers/tempWorkbench';

let dir: string;
beforeAll(() => {
  buildCli();
  dir = makeTempDir('factdesk-npm-start-');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every running process whose command line mentions `marker`, as "pid command line". */
function processesWith(marker: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (commandLine.includes(marker) && Number(pid) !== process.pid) {
        found.push(`${pid} ${commandLine}`);
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

describe('npm start, stopped with a signal', () => {
  // SIGTERM goes to npm alone, as `kill` or a process manager sends it; SIGINT goes to the whole
  // process group, as Ctrl-C in a terminal sends it. (npm's POSIX shell holds a SIGINT sent to
  // npm alone until its child ends, so no child could see that one.)
  it.each([
    ['SIGTERM', 'npm alone'],
    ['SIGINT', 'the terminal’s process group'],
  ] as const)(
    '%s to %s reaches every child: no start.mjs, web.mjs or host is left running',
    async (signal, target) => {
      const db = join(dir, signal, 'factdesk.sqlite');
      const npm = spawn('npm', ['start', '--', '--no-open', '--db', db], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, FACTDESK_DB: '' },
        detached: true,
      });
      let output = '';
      npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<void>((done) => npm.once('exit', () => done()));
      expect(await until(() => output.includes('Factdesk is running at'), 120_000), output).toBe(
        true,
      );
      const running = processesWith(db);
      expect(running.some((line) => line.includes('scripts/start.mjs'))).toBe(true);
      expect(running.some((line) => line.includes('scripts/web.mjs'))).toBe(true);
      expect(running.some((line) => line.includes('out/node/host.mjs'))).toBe(true);

      if (target === 'npm alone') npm.kill(signal);
      else process.kill(-(npm.pid ?? 0), signal);
      await exited;
      expect(
        await until(() => processesWith(db).length === 0, 10_000),
        processesWith(db).join('\n'),
      ).toBe(true);
      // The host closed its database on the way out: its -wal was checkpointed and removed.
      expect(existsSync(db)).toBe(true);
      expect(existsSync(`${db}-wal`)).toBe(false);
    },
    180_000,
  );
});

describe('the browser host’s command line', () => {
  it('prints its usage for --help, opening no database, and names an unknown option', () => {
    const host = join(repoRoot, 'out/node/host.mjs');
    const db = join(dir, 'help', 'factdesk.sqlite');
    const help = spawnSync(process.execPath, [host, '--help', '--db', db], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run web -- [--db PATH] [--port N] [--no-open]');
    expect(existsSync(db)).toBe(false);
    const unknown = spawnSync(process.execPath, [host, '--nope'], { encoding: 'utf8' });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("Unknown option '--nope'");
  });
});
