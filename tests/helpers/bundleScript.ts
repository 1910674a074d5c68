import { build } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Bundles a TypeScript entry into one .mjs that a plain `node` child process can run. It is
 * written inside the repository (test-results/), so its imports of better-sqlite3 and zod
 * resolve from the repository's node_modules; with `bundlePackages`, the npm packages are inside
 * the bundle instead.
 */
export async function bundleScript(
  entry: string,
  options: { bundlePackages?: boolean } = {},
): Promise<{ file: string; dir: string }> {
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
    // One file with its packages loads several times faster than hundreds of modules, which
    // matters for a test that starts a process a hundred times; native code stays outside.
    ...(options.bundlePackages
      ? {
          external: ['better-sqlite3', 'pdfjs-dist'],
          banner: {
            js: "import { createRequire as __factdeskRequire } from 'node:module'; const require = __factdeskRequire(import.meta.url);",
          },
        }
      : { packages: 'external' as const }),
    logLevel: 'error',
  });
  return { file, dir };
}
