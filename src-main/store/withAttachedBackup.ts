import type { Database } from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { BackupRefusedError } from './verifyAttachedBackup';
import { errorMessage } from '../core/errorMessage';

let attachments = 0;

/** Attaches a backup file to a connection for the length of `use`, and always detaches it. */
export async function withAttachedBackup<T>(
  db: Database,
  backupPath: string,
  use: (schema: string) => Promise<T>,
): Promise<T> {
  // ATTACH would create a missing file, and an empty one reads as an empty database.
  if (!existsSync(backupPath) || !statSync(backupPath).isFile()) {
    throw new BackupRefusedError(`${backupPath} does not exist.`);
  }
  if (statSync(backupPath).size === 0) {
    throw new BackupRefusedError(`${backupPath} is empty (0 bytes), so it is not a backup.`);
  }
  const schema = `backup_source_${++attachments}`;
  try {
    db.prepare(`ATTACH DATABASE ? AS ${schema}`).run(backupPath);
  } catch (error) {
    const detail = errorMessage(error);
    throw new BackupRefusedError(`${backupPath} cannot be opened as a database (${detail}).`);
  }
  try {
    return await use(schema);
  } finally {
    db.prepare(`DETACH DATABASE ${schema}`).run();
  }
}
