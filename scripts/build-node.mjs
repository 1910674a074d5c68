// Bundles the Node shells (CLI and browser host) with esbuild; native and npm packages stay external.
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { isStale } from './freshness.mjs';

const root = resolve(import.meta.dirname, '..');
export const nodeOutDir = join(root, 'out/node');
const entries = {
  cli: 'src-main/cli/main.ts',
  host: 'src-main/host/main.ts',
};

/**
 * The import worker bundles its npm packages (all but pdf.js, which loads its own files): one
 * file loads in a fraction of the time of hundreds, and a worker starts for every import.
 */
const workerBuild = {
  entryPoints: { importWorker: join(root, 'src-main/jobs/importJobWorker.ts') },
  external: ['pdfjs-dist', 'better-sqlite3'],
  banner: {
    js: "import { createRequire as __factdeskRequire } from 'node:module'; const require = __factdeskRequire(import.meta.url);",
  },
};

export async function buildNode({ force = false } = {}) {
  const inputs = [join(root, 'src-main'), join(root, 'package.json')];
  const stale = [...Object.keys(entries), 'importWorker'].some((name) =>
    isStale(join(nodeOutDir, `${name}.mjs`), inputs),
  );
  if (!stale && !force) return false;
  const common = {
    outdir: nodeOutDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'error',
  };
  await build({
    ...common,
    entryPoints: Object.fromEntries(
      Object.entries(entries).map(([name, file]) => [name, join(root, file)]),
    ),
    packages: 'external',
  });
  // Every file import runs in this worker, beside the shells that start it.
  await build({ ...common, ...workerBuild });
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildNode({ force: true });
}
