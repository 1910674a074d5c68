import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkIntegrity } from './checkIntegrity';
import { errorMessage } from '../core/errorMessage';
import { userVersion } from './userVersion';

const WAL_MAGIC = new Set([0x377f0682, 0x377f0683]);
const WAL_HEADER_BYTES = 32;

function readBytes(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function databasePageSize(dbPath: string): number {
  const raw = readBytes(dbPath, 18).readUInt16BE(16);
  return raw === 1 ? 65536 : raw;
}

function hasTable(db: SqliteDatabase, name: string): boolean {
  return (
    db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(name) !==
    undefined
  );
}

type AuditRow = unknown[];
const sameRow = (a: AuditRow, b: AuditRow) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The audit log is append-only, so every row the database file holds on its own must still be
 * there, unchanged, once the -wal is laid over it. A -wal from another database replaces those
 * pages with someone else's history, which no integrity check notices when both files share
 * the schema.
 */
function auditRowsLost(fileView: SqliteDatabase, walView: SqliteDatabase): string | null {
  let fileRows: IterableIterator<AuditRow>;
  try {
    if (!hasTable(fileView, 'audit_log')) return null;
    fileRows = fileView
      .prepare(
        'SELECT id, at, actor, entity, entity_id, action, before, after FROM audit_log ORDER BY id',
      )
      .raw()
      .iterate() as IterableIterator<AuditRow>;
  } catch {
    // A crash during a checkpoint can leave the file alone unreadable; the -wal completes it.
    return null;
  }
  if (!hasTable(walView, 'audit_log')) return 'the -wal removes the audit log';
  const walRow = walView
    .prepare(
      'SELECT id, at, actor, entity, entity_id, action, before, after FROM audit_log WHERE id = ?',
    )
    .raw();
  try {
    for (const row of fileRows) {
      const later = walRow.get(row[0]) as AuditRow | undefined;
      if (!later || !sameRow(row, later)) {
        return `audit entry ${String(row[0])} differs once the -wal is applied`;
      }
    }
  } catch {
    return null;
  }
  return null;
}

function inspectCopies(dbPath: string, walPath: string, nativeBinding?: string): string | null {
  const scratch = mkdtempSync(join(tmpdir(), 'factdesk-wal-check-'));
  let fileView: SqliteDatabase | undefined;
  let walView: SqliteDatabase | undefined;
  try {
    const alone = join(scratch, 'alone.sqlite');
    const paired = join(scratch, 'paired.sqlite');
    copyFileSync(dbPath, alone);
    copyFileSync(dbPath, paired);
    copyFileSync(walPath, `${paired}-wal`);
    walView = new Database(paired, { readonly: true, fileMustExist: true, nativeBinding });
    const report = checkIntegrity(walView);
    if (!report.ok) return `with its -wal the database is damaged (${report.problems[0] ?? ''})`;
    fileView = new Database(alone, { readonly: true, fileMustExist: true, nativeBinding });
    const fileVersion = userVersion(fileView);
    const walVersion = userVersion(walView);
    if (walVersion < fileVersion) return 'the -wal would take the schema back to an older version';
    return auditRowsLost(fileView, walView);
  } catch (error) {
    return `the -wal cannot be read with the database (${errorMessage(error)})`;
  } finally {
    fileView?.close();
    walView?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Decides whether the -wal next to a database belongs to it, without touching either file:
 * the checks run on copies. Returns why it does not, or null when it does (or there is none).
 * Factdesk checkpoints and removes its -wal on a clean exit, so one is only found after a crash,
 * when it holds acknowledged changes that must be kept, or when a file was copied in beside it.
 */
export function findWalMismatch(dbPath: string, nativeBinding?: string): string | null {
  const walPath = `${dbPath}-wal`;
  if (!existsSync(walPath) || statSync(walPath).size < WAL_HEADER_BYTES) return null;
  const header = readBytes(walPath, WAL_HEADER_BYTES);
  if (!WAL_MAGIC.has(header.readUInt32BE(0))) return 'the -wal next to it is not a SQLite WAL';
  if (header.readUInt32BE(8) !== databasePageSize(dbPath)) {
    return 'the -wal next to it was written for a database with another page size';
  }
  return inspectCopies(dbPath, walPath, nativeBinding);
}
