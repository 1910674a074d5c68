import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupFileName } from './backupNames';
import type { BackupFile } from './listBackups';
import { listBackups } from './listBackups';
import { writeSnapshot } from './writeSnapshot';

export const DEFAULT_BACKUPS_KEPT = 10;

export interface BackupOptions {
  now?: Date;
  /** How many finished backups to keep; older ones are deleted once the new one is in place. */
  keep?: number;
}

/** Writes factdesk-YYYYMMDD-HHMMSS.sqlite into the backups folder and keeps the newest few. */
export async function backupDatabase(
  db: Database,
  backupsDir: string,
  options: BackupOptions = {},
): Promise<BackupFile> {
  const now = options.now ?? new Date();
  const keep = Math.max(1, options.keep ?? DEFAULT_BACKUPS_KEPT);
  mkdirSync(backupsDir, { recursive: true });
  let attempt = 1;
  while (existsSync(join(backupsDir, backupFileName(now, attempt)))) attempt++;
  const name = backupFileName(now, attempt);
  await writeSnapshot(db, join(backupsDir, name));
  const backups = listBackups(backupsDir);
  for (const old of backups.slice(keep)) {
    if (old.name !== name) rmSync(old.path, { force: true });
  }
  const made = backups.find((b) => b.name === name);
  if (!made) throw new Error(`The backup ${name} disappeared after it was written`);
  return made;
}
