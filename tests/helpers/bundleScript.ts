import { build } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Bundles a TypeScript entry into one .mjs that a plain `node` child process can run. It is
 * written inside the repository (test-results/), so its imports of better-sqlite3 and zod
 * resolve from the repository's node_modules.
 */
export async function bundleScript(entry: string): Promise<{ file: string; dir: string }> {
  const parent = join(repoRoot, 'test-results');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'bundle-'));
  const file = join(dir, `${basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return { file, dir };
}
