// Bundles the Node shells (CLI and browser host) with esbuild; native and npm packages stay external.
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { isStale } from './freshness.mjs';

const root = resolve(import.meta.dirname, '..');
export const nodeOutDir = join(root, 'out/node');
const entries = { cli: 'src-main/cli/main.ts', host: 'src-main/host/main.ts' };

export async function buildNode({ force = false } = {}) {
  const inputs = [join(root, 'src-main'), join(root, 'package.json')];
  const stale = Object.keys(entries).some((name) =>
    isStale(join(nodeOutDir, `${name}.mjs`), inputs),
  );
  if (!stale && !force) return false;
  await build({
    entryPoints: Object.fromEntries(
      Object.entries(entries).map(([name, file]) => [name, join(root, file)]),
    ),
    outdir: nodeOutDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'error',
  });
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildNode({ force: true });
}
