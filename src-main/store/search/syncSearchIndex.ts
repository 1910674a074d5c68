import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { searchKinds } from '../../core/search/SearchResult';
import { insertSql, searchSchemaSql } from './searchDocuments';
import { registerSearchFunctions } from './registerSearchFunctions';

/** Bumped when the stemming itself changes (a new stemmer version), which the SQL cannot show. */
const STEMMING_REVISION = 1;

function definition(): string {
  return createHash('sha256')
    .update(JSON.stringify({ stemming: STEMMING_REVISION, sql: searchSchemaSql() }))
    .digest('hex');
}

function hasIndex(db: Database): boolean {
  return (
    db
      .prepare<[], { n: number }>(
        "SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = 'search_index'",
      )
      .get()?.n === 1
  );
}

function installedDefinition(db: Database): string | undefined {
  return db
    .prepare<[], { definition: string }>('SELECT definition FROM search_index_state WHERE id = 1')
    .get()?.definition;
}

/** Whether the views and triggers in the file differ from what this build declares. */
export function searchIndexOutdated(db: Database): boolean {
  return hasIndex(db) && installedDefinition(db) !== definition();
}

/**
 * Empties the index and writes every document again from the data. The index is contentless,
 * so this is the only way to read "what the index should hold": the consistency test compares
 * the two.
 */
export function rebuildSearchIndex(db: Database): void {
  registerSearchFunctions(db);
  db.exec("INSERT INTO search_index (search_index) VALUES ('delete-all')");
  // Newest first, so rowids ascend (ids count down, see KIND_CODES): FTS5 writes a run of
  // ascending rowids into its pending data, but flushes it at every rowid lower than the last.
  for (const kind of searchKinds) db.exec(insertSql(kind, 'ORDER BY id DESC'));
}

/**
 * Installs the index's views and triggers as this build declares them and rebuilds the index,
 * when the file has the index table (migration 5) and was set up by another declaration (or
 * none yet). Runs inside the caller's transaction: openDatabase's migration transaction.
 */
export function syncSearchIndex(db: Database): void {
  if (!hasIndex(db)) return;
  registerSearchFunctions(db);
  const wanted = definition();
  if (installedDefinition(db) === wanted) return;
  const old = db
    .prepare<[], { type: string; name: string }>(
      `SELECT type, name FROM sqlite_schema
       WHERE type IN ('view', 'trigger') AND name LIKE 'search\\_%' ESCAPE '\\'`,
    )
    .all();
  for (const { type, name } of old) db.exec(`DROP ${type.toUpperCase()} "${name}"`);
  for (const sql of searchSchemaSql()) db.exec(sql);
  rebuildSearchIndex(db);
  db.prepare(
    `INSERT INTO search_index_state (id, definition) VALUES (1, ?)
     ON CONFLICT (id) DO UPDATE SET definition = excluded.definition`,
  ).run(wanted);
}
