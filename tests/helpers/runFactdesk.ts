import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '../..');
const bin = join(repoRoot, 'bin/factdesk.mjs');

/** Bundles the CLI once so each test process starts fast. */
export function buildCli(): void {
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build-node.mjs')]);
}

/** Runs the real `factdesk` process; FACTDESK_DB is cleared unless the test sets it. */
export function factdesk(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, FACTDESK_DB: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
