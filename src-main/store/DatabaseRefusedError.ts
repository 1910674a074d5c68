export type RefusalReason = 'not_sqlite' | 'newer_version' | 'damaged' | 'unreadable';

/** Raised before anything is written, so the refused file stays byte-for-byte as it was. */
export class DatabaseRefusedError extends Error {
  readonly reason: RefusalReason;
  readonly path: string;

  constructor(reason: RefusalReason, path: string, message: string) {
    super(message);
    this.name = 'DatabaseRefusedError';
    this.reason = reason;
    this.path = path;
  }
}
