import type { Database } from 'better-sqlite3';

/** better-sqlite3 accepts `attached` at run time; its published types leave the option out. */
type BackupWithSource = (
  destination: string,
  options: { attached: string; progress: () => number },
) => Promise<unknown>;

/**
 * Copies one database of a connection (`main` or an attached one) onto `destination` with
 * SQLite's online backup API, all pages in one step so the destination is locked only briefly.
 */
export async function copyDatabase(
  db: Database,
  destination: string,
  schema = 'main',
): Promise<void> {
  const backup = db.backup.bind(db) as unknown as BackupWithSource;
  await backup(destination, { attached: schema, progress: () => 0x7fffffff });
}
