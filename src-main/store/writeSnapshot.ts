import type { Database } from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { copyDatabase } from './copyDatabase';
import { commitFile } from './writeFileAtomic';

let attachments = 0;

export interface SnapshotOptions {
  /** Copy an attached database instead of the connection's main one. */
  schema?: string;
}

/**
 * Writes a consistent copy of a live database to `path` through SQLite's online backup API.
 * The copy goes to a temporary name, becomes a self-contained rollback-journal file (opening it
 * later creates no -wal beside it), is synced, and only then is renamed into place, so `path`
 * never holds half a database.
 */
export async function writeSnapshot(
  db: Database,
  path: string,
  options: SnapshotOptions = {},
): Promise<void> {
  const tempPath = `${path}.partial`;
  rmSync(tempPath, { force: true });
  rmSync(`${tempPath}-journal`, { force: true });
  try {
    await copyDatabase(db, tempPath, options.schema);
    const schema = `snapshot_${++attachments}`;
    db.prepare(`ATTACH DATABASE ? AS ${schema}`).run(tempPath);
    try {
      db.pragma(`${schema}.journal_mode = DELETE`);
    } finally {
      db.prepare(`DETACH DATABASE ${schema}`).run();
    }
    commitFile(tempPath, path);
  } catch (error) {
    rmSync(tempPath, { force: true });
    throw error;
  }
}
