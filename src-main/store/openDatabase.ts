import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseRefusedError } from './DatabaseRefusedError';
import { findForeignWal, walHeaderMismatch } from './findForeignWal';
import { openFailureRefusal } from './openFailureRefusal';
import type { Migration } from './migrations/Migration';
import { migrations as defaultMigrations } from './migrations/index';
import { userVersion } from './userVersion';
import { registerSearchFunctions } from './search/registerSearchFunctions';
import { searchIndexOutdated, syncSearchIndex } from './search/syncSearchIndex';

const SQLITE_HEADER = 'SQLite format 3\0';

export interface OpenDatabaseOptions {
  /** Path to a better-sqlite3 native build for another ABI (Electron's). */
  nativeBinding?: string;
  migrations?: readonly Migration[];
}

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * Inspects an existing file read-only before anything may write to it. A file is called damaged
 * only when SQLite itself, reading it together with its -wal as it would on any open, says so
 * (or it is empty); a file that is not SQLite, was written by a newer Factdesk, or sits beside
 * another database's -wal is refused too, untouched, under its own reason.
 */
function inspectExisting(path: string, latest: number, nativeBinding?: string): void {
  const size = statSync(path).size;
  if (size === 0) {
    throw new DatabaseRefusedError(
      'damaged',
      path,
      `${path} is empty (0 bytes), so it is not a Factdesk database. Restore a backup or start fresh.`,
    );
  }
  if (readHeader(path) !== SQLITE_HEADER) {
    throw new DatabaseRefusedError(
      'not_sqlite',
      path,
      `${path} is not a SQLite database, so Factdesk will not open it. The file was left untouched.`,
    );
  }
  const headerMismatch = walHeaderMismatch(path);
  if (headerMismatch) throw foreignWal(path, headerMismatch);
  let probe: SqliteDatabase | undefined;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
    const version = userVersion(probe);
    if (version > latest) {
      throw new DatabaseRefusedError(
        'newer_version',
        path,
        `${path} was written by a newer version of Factdesk (schema ${version}; this version knows up to ${latest}). Update Factdesk to open it. The file was left untouched.`,
      );
    }
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new DatabaseRefusedError(
        'damaged',
        path,
        `${path} is damaged: SQLite's quick_check reports “${String(check)}”. Restore a backup; the file was left untouched.`,
      );
    }
    const foreign = findForeignWal(path, probe, nativeBinding);
    if (foreign) throw foreignWal(path, foreign);
  } catch (error) {
    const refusal = openFailureRefusal(error, path);
    if (refusal) throw refusal;
    throw error;
  } finally {
    probe?.close();
  }
}

function foreignWal(path: string, why: string): DatabaseRefusedError {
  return new DatabaseRefusedError(
    'foreign_wal',
    path,
    `${path} has a -wal file beside it that belongs to another database: ${why}. ` +
      'The database itself is sound. Set the -wal file aside (Factdesk does this when it starts) and open the database without it; the files were left untouched.',
  );
}

/**
 * Runs every pending migration in one transaction, so a failure leaves the old version. The
 * search index's views and triggers are derived from code, not migrations: the same
 * transaction installs them (and rebuilds the index) when this build declares them otherwise.
 */
export function migrate(db: SqliteDatabase, migrations: readonly Migration[]): number {
  const current = userVersion(db);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0 && !searchIndexOutdated(db)) return current;
  const run = db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
    syncSearchIndex(db);
  });
  run.immediate();
  return pending[pending.length - 1]?.version ?? current;
}

/**
 * Opens (creating if needed) and migrates the database at `path`. Refusals are
 * DatabaseRefusedError, raised before anything was written; see inspectExisting and
 * openFailureRefusal for the reasons.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): SqliteDatabase {
  const migrations = options.migrations ?? defaultMigrations;
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  let db: SqliteDatabase | undefined;
  try {
    if (existsSync(path)) inspectExisting(path, latest, options.nativeBinding);
    else mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { nativeBinding: options.nativeBinding });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 64 MiB of page cache (the default is 16): search reads the index and the rows it finds.
    db.pragma('cache_size = -65536');
    registerSearchFunctions(db);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db?.close();
    throw openFailureRefusal(error, path) ?? error;
  }
}
