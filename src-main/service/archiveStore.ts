import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../store/writeFileAtomic';
import { sha256 } from './sha256';

const ARCHIVE_FOLDER = 'archive';

function safeExtension(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return match?.[1] ? `.${match[1].toLowerCase()}` : '';
}

/**
 * Archived copies are stored under their SHA-256, so the user's file name never becomes a
 * path and identical files are stored once.
 */
export function createArchiveStore(dataDir: string) {
  const root = resolve(dataDir, ARCHIVE_FOLDER);

  function absolute(relativePath: string): string {
    const full = resolve(dataDir, relativePath);
    if (!full.startsWith(root + sep)) {
      throw new Error(`archive path ${relativePath} lies outside the archive folder`);
    }
    return full;
  }

  return {
    root,
    /** Stored with writeFileAtomic, so a crash never leaves half a file. */
    put(fileName: string, bytes: Uint8Array): { sha256: string; size: number; path: string } {
      const digest = sha256(bytes);
      mkdirSync(root, { recursive: true });
      const full = join(root, `${digest}${safeExtension(fileName)}`);
      if (!existsSync(full)) writeFileAtomic(full, bytes);
      return {
        sha256: digest,
        size: bytes.byteLength,
        path: relative(dataDir, full).split(sep).join('/'),
      };
    },
    absolute,
    /** Whether the copy is there, readable and unchanged; any file error means no. */
    verify(relativePath: string, expected: string): boolean {
      try {
        return sha256(readFileSync(absolute(relativePath))) === expected;
      } catch {
        return false;
      }
    },
  };
}

export type ArchiveStore = ReturnType<typeof createArchiveStore>;
