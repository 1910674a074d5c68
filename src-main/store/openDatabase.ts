import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseRefusedError } from './DatabaseRefusedError';
import { findWalMismatch } from './findWalMismatch';
import type { Migration } from './migrations/Migration';
import { migrations as defaultMigrations } from './migrations/index';
import { errorMessage } from '../core/errorMessage';
import { userVersion } from './userVersion';

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
 * Inspects an existing file read-only before anything may write to it: a file that is not
 * SQLite, is damaged, or was written by a newer Factdesk is refused untouched.
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
        `${path} is damaged (${String(check)}). Restore a backup; the file was left untouched.`,
      );
    }
  } catch (error) {
    if (error instanceof DatabaseRefusedError) throw error;
    const detail = errorMessage(error);
    throw new DatabaseRefusedError(
      'damaged',
      path,
      `${path} could not be read as a database (${detail}). Restore a backup or start fresh; the file was left untouched.`,
    );
  } finally {
    probe?.close();
  }
  const walProblem = findWalMismatch(path, nativeBinding);
  if (walProblem) {
    throw new DatabaseRefusedError(
      'damaged',
      path,
      `${path} cannot be opened safely: ${walProblem}. Restore a backup; the file and its -wal were left untouched.`,
    );
  }
}

/** Runs every pending migration in one transaction, so a failure leaves the old version. */
export function migrate(db: SqliteDatabase, migrations: readonly Migration[]): number {
  const current = userVersion(db);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  const run = db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  });
  run.immediate();
  return pending[pending.length - 1]?.version ?? current;
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): SqliteDatabase {
  const migrations = options.migrations ?? defaultMigrations;
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (existsSync(path)) inspectExisting(path, latest, options.nativeBinding);
  else mkdirSync(dirname(path), { recursive: true });

  const db = new Database(path, { nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
