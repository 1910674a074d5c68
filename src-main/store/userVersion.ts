import type { Database } from 'better-sqlite3';
import { z } from 'zod';

const Version = z.number().int().nonnegative();

/**
 * The schema version a database file records (`PRAGMA user_version`); `schema` names an
 * attached database. Errors: SQLite's for a file it cannot read.
 */
export function userVersion(db: Database, schema = 'main'): number {
  return Version.parse(db.pragma(`${schema}.user_version`, { simple: true }));
}
