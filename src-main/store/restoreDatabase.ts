import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { fileStamp } from './backupNames';
import { checkIntegrity } from './checkIntegrity';
import { copyDatabase } from './copyDatabase';
import type { Migration } from './migrations/Migration';
import { migrations as defaultMigrations } from './migrations/index';
import { migrate } from './openDatabase';
import { verifyAttachedBackup } from './verifyAttachedBackup';
import { withAttachedBackup } from './withAttachedBackup';
import { writeSnapshot } from './writeSnapshot';

export interface RestoreOptions {
  now?: Date;
  migrations?: readonly Migration[];
}

function latestVersion(migrations: readonly Migration[]): number {
  return migrations[migrations.length - 1]?.version ?? 0;
}

function freePath(base: string): string {
  let path = base;
  for (let attempt = 2; existsSync(path); attempt++) path = `${base}-${attempt}`;
  return path;
}

/**
 * Brings a backup into the open database without closing it, so every shell keeps its
 * connection and prepared statements. The backup is checked first; the current contents are
 * copied aside to `<db>.before-restore-<stamp>`; then SQLite's backup API writes the backup into
 * the live file in one transaction (a crash leaves the old or the new database, never a mix),
 * and an older backup is migrated forward.
 */
export async function restoreDatabaseInPlace(
  db: SqliteDatabase,
  dbPath: string,
  backupPath: string,
  options: RestoreOptions = {},
): Promise<{ previousCopy: string }> {
  const migrations = options.migrations ?? defaultMigrations;
  const previousCopy = freePath(`${dbPath}.before-restore-${fileStamp(options.now ?? new Date())}`);
  await withAttachedBackup(db, backupPath, async (schema) => {
    verifyAttachedBackup(db, schema, backupPath, latestVersion(migrations));
    await writeSnapshot(db, previousCopy);
    await copyDatabase(db, dbPath, schema);
  });
  // The backup's header says rollback journal; the open connection keeps working in WAL.
  db.pragma('journal_mode = WAL');
  migrate(db, migrations);
  const report = checkIntegrity(db);
  if (!report.ok) {
    throw new Error(
      `The restored database failed its check (${report.problems.join('; ')}); the previous one is at ${previousCopy}.`,
    );
  }
  return { previousCopy };
}

/**
 * Writes a checked copy of a backup to a path where no database is (recovery mode, after the
 * damaged file was moved aside). Opening it afterwards runs any pending migrations.
 */
export async function restoreDatabaseFile(
  dbPath: string,
  backupPath: string,
  options: RestoreOptions & { nativeBinding?: string } = {},
): Promise<void> {
  if (existsSync(dbPath)) {
    throw new Error(`${dbPath} still exists; move it aside before restoring over it.`);
  }
  const migrations = options.migrations ?? defaultMigrations;
  const scratch = new Database(':memory:', { nativeBinding: options.nativeBinding });
  try {
    await withAttachedBackup(scratch, backupPath, async (schema) => {
      verifyAttachedBackup(scratch, schema, backupPath, latestVersion(migrations));
      await writeSnapshot(scratch, dbPath, { schema });
    });
  } finally {
    scratch.close();
  }
}
