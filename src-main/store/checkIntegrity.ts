import type { Database } from 'better-sqlite3';
import { z } from 'zod';

export interface IntegrityReport {
  ok: boolean;
  /** Plain descriptions of everything wrong; empty when ok. */
  problems: string[];
}

const IntegrityRows = z.array(z.object({ integrity_check: z.string() }));
const ForeignKeyViolations = z.array(
  z.object({ table: z.string(), rowid: z.number().nullable(), parent: z.string() }),
);

/**
 * The full checks, not quick_check: integrity_check also compares every index with its table,
 * and foreign_key_check finds rows whose parent is missing (which integrity_check ignores).
 * `schema` names an attached database ("main" by default).
 */
export function checkIntegrity(db: Database, schema = 'main'): IntegrityReport {
  const problems: string[] = [];
  const integrity = IntegrityRows.parse(db.pragma(`${schema}.integrity_check`));
  for (const row of integrity) {
    if (row.integrity_check !== 'ok') problems.push(row.integrity_check);
  }
  const violations = ForeignKeyViolations.parse(db.pragma(`${schema}.foreign_key_check`));
  for (const v of violations) {
    problems.push(`${v.table} row ${String(v.rowid)} refers to a missing ${v.parent} row`);
  }
  return { ok: problems.length === 0, problems };
}
