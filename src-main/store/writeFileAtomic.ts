import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fsyncFile, fsyncFolder } from './fsyncPath';

/**
 * Moves a finished temporary file into place durably: the file is synced, renamed over
 * `path`, and the folder synced so the rename survives a power cut. `path` holds either its old
 * content or the complete new one, never half of either.
 */
export function commitFile(temporary: string, path: string): void {
  fsyncFile(temporary);
  renameSync(temporary, path);
  fsyncFolder(dirname(path));
}

/**
 * Writes `data` (a string as UTF-8) to `path` atomically and durably, through a temporary file
 * beside it that commitFile moves into place. On failure the temporary file is removed and
 * `path` is untouched. Errors: the file system's (ENOSPC, EACCES, …).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(temporary, 'wx');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let written = 0; written < bytes.byteLength;) {
        written += writeSync(fd, bytes, written);
      }
    } finally {
      closeSync(fd);
    }
    commitFile(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
