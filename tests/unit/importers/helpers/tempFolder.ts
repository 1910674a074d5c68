import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder per test file; fixtures are written to disk and read back like real files. */
export function tempFolder(prefix = 'factdesk-import-') {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return {
    root,
    /** Writes a fixture and returns the bytes as read back from disk. */
    write(name: string, content: Uint8Array | string): Uint8Array {
      const path = join(root, name);
      writeFileSync(path, content);
      return new Uint8Array(readFileSync(path));
    },
    path: (name: string) => join(root, name),
    list: () => readdirSync(root).sort(),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
