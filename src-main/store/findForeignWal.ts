import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { userVersion } from './userVersion';

const WAL_MAGIC = new Set([0x377f0682, 0x377f0683]);
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;
/** The file alone is read into memory for the comparison; larger files skip it (see below). */
const MAX_COMPARED_BYTES = 512 * 1024 * 1024;

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

function pageSizeOf(header: Buffer, offset: number): number {
  const raw = header.readUInt16BE(offset);
  return raw === 1 ? 65536 : raw;
}

/**
 * A -wal written for a database with another page size cannot be this database's: SQLite never
 * changes the page size of a database in WAL mode, yet it would replay such a file anyway.
 * Checked from the headers alone, before SQLite opens anything. Returns why, or null.
 */
export function walHeaderMismatch(dbPath: string): string | null {
  const walPath = `${dbPath}-wal`;
  if (!existsSync(walPath) || statSync(walPath).size < WAL_HEADER_BYTES) return null;
  const header = readBytes(walPath, WAL_HEADER_BYTES);
  // SQLite ignores a -wal without its magic number, so nothing in it can be replayed.
  if (!WAL_MAGIC.has(header.readUInt32BE(0))) return null;
  const walPageSize = header.readUInt32BE(8);
  const dbPageSize = pageSizeOf(readBytes(dbPath, 18), 16);
  return walPageSize === dbPageSize
    ? null
    : `the -wal next to it was written for a database with ${walPageSize}-byte pages, and this one has ${dbPageSize}-byte pages`;
}

type AuditRow = unknown[];
const sameRow = (a: AuditRow, b: AuditRow) => JSON.stringify(a) === JSON.stringify(b);
const AUDIT_COLUMNS = 'id, at, actor, entity, entity_id, action, before, after';

function hasTable(db: SqliteDatabase, name: string): boolean {
  return (
    db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(name) !==
    undefined
  );
}

/** Every audit row the file alone holds must be in the paired view unchanged (append-only). */
function auditContradiction(fileAlone: SqliteDatabase, paired: SqliteDatabase): string | null {
  if (!hasTable(fileAlone, 'audit_log')) return null;
  if (!hasTable(paired, 'audit_log')) return 'the -wal removes the audit log';
  const later = paired.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE id = ?`).raw();
  const rows = fileAlone
    .prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_log ORDER BY id`)
    .raw()
    .iterate() as IterableIterator<AuditRow>;
  for (const row of rows) {
    const match = later.get(row[0]) as AuditRow | undefined;
    if (!match || !sameRow(row, match)) {
      return `audit entry ${String(row[0])} differs once the -wal is applied, so the -wal holds another database’s history`;
    }
  }
  return null;
}

/** The database file without its -wal, read into memory (the files are not touched). */
function openFileAlone(dbPath: string, nativeBinding?: string): SqliteDatabase | null {
  const bytes = readFileSync(dbPath);
  // Bytes 18 and 19 say "WAL mode"; an in-memory copy must read as a plain rollback database.
  if (bytes.length >= 20) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  try {
    const db = new Database(bytes, { readonly: true, nativeBinding });
    if (db.pragma('quick_check', { simple: true }) === 'ok') return db;
    db.close();
  } catch {
    // Unreadable on its own: see below.
  }
  return null;
}

/**
 * Decides whether a -wal that SQLite accepts belongs to its database, from a positive
 * contradiction only, so that no healthy database is ever refused:
 * - A checkpoint that was cut short (a kill or a full disk during the close-time checkpoint)
 *   leaves the file alone half old, half new. Such a file alone usually fails quick_check; it
 *   is then not evidence of anything, and SQLite with the -wal (already checked) is the truth.
 * - When the file alone is itself sound, its audit log (append-only) must still be there,
 *   unchanged, with the -wal applied, and the schema version must not go back. A -wal copied in
 *   from another database replaces those pages with another history, which no integrity check
 *   notices when both databases share the schema.
 * `paired` is the database opened normally (read-only) with its -wal. Returns why the -wal is
 * foreign, or null when it belongs (or there is none, or it has no frames).
 */
export function findForeignWal(
  dbPath: string,
  paired: SqliteDatabase,
  nativeBinding?: string,
): string | null {
  const walPath = `${dbPath}-wal`;
  if (!existsSync(walPath)) return null;
  const walSize = statSync(walPath).size;
  if (walSize < WAL_HEADER_BYTES + WAL_FRAME_HEADER_BYTES) return null;
  // A very large database is not read into memory; SQLite's own check above still applies.
  if (statSync(dbPath).size > MAX_COMPARED_BYTES) return null;
  const fileAlone = openFileAlone(dbPath, nativeBinding);
  if (!fileAlone) return null;
  try {
    if (userVersion(paired) < userVersion(fileAlone)) {
      return 'the -wal next to it would take the schema back to an older version';
    }
    return auditContradiction(fileAlone, paired);
  } finally {
    fileAlone.close();
  }
}
