import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const Manifest = z.object({ name: z.string(), version: z.string() });

/** Finds Factdesk's own folder from wherever this code was bundled to (src-main or out/). */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      if (
        Manifest.safeParse(JSON.parse(readFileSync(manifest, 'utf8'))).data?.name === 'factdesk'
      ) {
        return dir;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Factdesk package folder');
    dir = parent;
  }
}

export function appVersion(root = packageRoot()): string {
  return Manifest.parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).version;
}
