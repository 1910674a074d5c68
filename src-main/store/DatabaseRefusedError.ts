/**
 * Why a database was not opened. Only `damaged` and `not_sqlite` are findings about the file
 * itself; the others say the file may well be healthy and must stay where it is.
 */
export type RefusalReason =
  | 'not_sqlite'
  | 'newer_version'
  | 'damaged'
  | 'foreign_wal'
  | 'read_only'
  | 'disk_full'
  | 'unreadable';

/** Raised before anything is written, so the refused file stays byte-for-byte as it was. */
export class DatabaseRefusedError extends Error {
  readonly reason: RefusalReason;
  readonly path: string;

  constructor(reason: RefusalReason, path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseRefusedError';
    this.reason = reason;
    this.path = path;
  }
}
