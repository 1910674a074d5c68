import type { Database } from 'better-sqlite3';

/** Every table's row count, so a test can prove that a refused call wrote nothing at all. */
export function countRows(db: Database): Record<string, number> {
  const tables = db
    .prepare<[], { name: string }>(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .all();
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    counts[name] =
      db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${quoted}`).get()?.n ?? 0;
  }
  return counts;
}
