import { describeFreeSpace } from './freeSpace';

const messages: [RegExp, (dataDir: string | undefined) => string][] = [
  [
    /^(SQLITE_FULL|ENOSPC|EDQUOT)/,
    (dataDir) =>
      `The disk is full${dataDir ? ` (${describeFreeSpace(dataDir)} on the drive that holds ${dataDir})` : ''}, so this change was not saved. ` +
      'Free some space (empty the bin, or delete or move large files) and try again; everything saved before is safe.',
  ],
  [
    /^(SQLITE_READONLY|EROFS|EACCES|EPERM)/,
    () =>
      'The data folder is read-only, so this change was not saved. Check the folder’s permissions or free the disk, then try again; everything saved before is safe.',
  ],
  [
    /^SQLITE_IOERR/,
    () =>
      'The disk reported an error while saving, so this change was not saved. Try again; everything saved before is safe.',
  ],
  [
    /^SQLITE_(BUSY|LOCKED)/,
    () =>
      'The database is busy (is another copy of Factdesk using it?), so this change was not saved. Try again in a moment.',
  ],
  [
    /^SQLITE_(CORRUPT|NOTADB)/,
    () =>
      'The database is damaged. Restart Factdesk to recover it from a backup; this change was not saved.',
  ],
  [
    /^SQLITE_CANTOPEN/,
    () => 'Factdesk cannot open its database file, so this change was not saved.',
  ],
];

/**
 * The plain sentence for a failure of the disk or the database (SQLite's and Node's error codes),
 * or null when the error is something else. With `dataDir`, a full disk says how much is free.
 */
export function describeStorageFailure(error: unknown, dataDir?: string): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = String(error.code);
  return messages.find(([pattern]) => pattern.test(code))?.[1](dataDir) ?? null;
}
