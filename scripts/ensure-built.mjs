// Builds whatever is out of date: the renderer (vite, through electron-vite) and the Node shells.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildNode } from './build-node.mjs';
import { isStale } from './freshness.mjs';

const root = resolve(import.meta.dirname, '..');

export async function ensureBuilt() {
  const rendererInputs = [
    join(root, 'src-renderer'),
    join(root, 'src-main'),
    join(root, 'electron.vite.config.ts'),
    join(root, 'package.json'),
  ];
  if (isStale(join(root, 'out/renderer/index.html'), rendererInputs)) {
    console.error('Building Factdesk…');
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  await buildNode();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureBuilt();
}
