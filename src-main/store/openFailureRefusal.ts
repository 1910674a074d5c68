import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseRefusedError } from './DatabaseRefusedError';
import { errorMessage } from '../core/errorMessage';
import { describeFreeSpace, freeBytes } from './freeSpace';

/** Below this much free space, an I/O error while opening is taken for a full disk. */
const NEARLY_FULL_BYTES = 1024 * 1024;

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Codes of the disk, the file system and SQLite's own findings, as opposed to bugs. */
function isStorageCode(code: string): boolean {
  return (
    code.startsWith('SQLITE_CORRUPT') ||
    code.startsWith('SQLITE_IOERR') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    ['SQLITE_NOTADB', 'SQLITE_FULL', 'SQLITE_PERM', 'SQLITE_AUTH'].includes(code) ||
    ['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS'].includes(code)
  );
}

function isDiskFull(code: string, folder: string): boolean {
  if (['SQLITE_FULL', 'ENOSPC', 'EDQUOT', 'SQLITE_IOERR_SHMSIZE'].includes(code)) return true;
  const free = freeBytes(folder);
  return code.startsWith('SQLITE_IOERR') && free !== null && free < NEARLY_FULL_BYTES;
}

/**
 * Says why a database could not be opened, from the error SQLite or the file system gave:
 * damaged only when SQLite itself reports corruption; a full disk and a read-only folder by
 * name, with what to do. Returns null for errors that are not about storage (bugs), which the
 * caller rethrows as they are.
 */
export function openFailureRefusal(error: unknown, path: string): DatabaseRefusedError | null {
  if (error instanceof DatabaseRefusedError) return error;
  const code = errorCode(error);
  if (!isStorageCode(code)) return null;
  const folder = dirname(path);
  const detail = errorMessage(error);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new DatabaseRefusedError(
      'damaged',
      path,
      `${path} is damaged: SQLite reports “${detail}”. Restore a backup; the file was left untouched.`,
      { cause: error },
    );
  }
  if (isDiskFull(code, existsSync(folder) ? folder : dirname(folder))) {
    return new DatabaseRefusedError(
      'disk_full',
      path,
      `The disk is full: ${describeFreeSpace(existsSync(folder) ? folder : dirname(folder))} on the drive that holds ${folder}. ` +
        'Factdesk needs a little space to open its database, so it was not opened; nothing was changed or lost. ' +
        'Free some space (empty the bin, or delete or move large files), then try again.',
      { cause: error },
    );
  }
  const folderReadOnly = existsSync(folder) ? !writable(folder) : false;
  const fileReadOnly = existsSync(path) && !writable(path);
  if (folderReadOnly || fileReadOnly || code === 'EROFS' || code.startsWith('SQLITE_READONLY')) {
    return new DatabaseRefusedError(
      'read_only',
      path,
      `The data folder ${folder} is read-only${fileReadOnly && !folderReadOnly ? ` (or ${path} is)` : ''}, so Factdesk cannot open its database there; nothing was changed. ` +
        'Make the folder and the database file writable (check their permissions, and whether the drive is mounted read-only), ' +
        'or start Factdesk with another --db, then try again.',
      { cause: error },
    );
  }
  return new DatabaseRefusedError(
    'unreadable',
    path,
    `${path} could not be opened (${detail}). Nothing was changed or moved; check the file and its folder, then try again.`,
    { cause: error },
  );
}
