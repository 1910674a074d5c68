import type { Database } from 'better-sqlite3';
import type { Source } from '../core/model';
import { Archive, CitationFields, SourceFields } from '../core/model';
import { fieldTable } from './fieldTable';
import { escapeLike } from './escapeLike';

/** The columns a source row is selected with, joined to its archived copy (prefixed `ar_`). */
export type SourceRow = {
  id: number;
  created_at: string;
  updated_at: string;
  ar_sha256: string | null;
} & Record<string, unknown>;

/** The source tables' SQL side, shared with the claim store's citation queries. */
export function sourceTables(db: Database) {
  const sources = fieldTable(db, 'sources', SourceFields);
  const archives = fieldTable(db, 'archives', Archive);
  return {
    sources,
    archives,
    columns: `s.id, s.created_at, s.updated_at, ${sources.select('s')}, ${archives.select('ar', 'ar_')}`,
    toSource(row: SourceRow): Source {
      return {
        id: row.id,
        ...sources.read(row),
        archive: row.ar_sha256 === null ? null : archives.read(row, 'ar_'),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    },
  };
}

export function createSourceStore(db: Database) {
  const { sources, archives, columns, toSource } = sourceTables(db);
  const byId = db.prepare<[number], SourceRow>(
    `SELECT ${columns} FROM sources s LEFT JOIN archives ar ON ar.source_id = s.id WHERE s.id = ?`,
  );
  const search = db.prepare<[string, string, string], SourceRow>(
    `SELECT ${columns} FROM sources s LEFT JOIN archives ar ON ar.source_id = s.id
     WHERE s.title LIKE ? ESCAPE '\\' OR s.url LIKE ? ESCAPE '\\' OR s.publisher LIKE ? ESCAPE '\\'
     ORDER BY s.updated_at DESC, s.id DESC LIMIT 100`,
  );
  const citations = fieldTable(db, 'claim_sources', CitationFields);
  const linkExists = db.prepare<[number, number], { n: number }>(
    'SELECT COUNT(*) AS n FROM claim_sources WHERE claim_id = ? AND source_id = ?',
  );
  const nextPosition = db.prepare<[number], { p: number }>(
    'SELECT COALESCE(MAX(position), 0) + 1 AS p FROM claim_sources WHERE claim_id = ?',
  );
  const deleteLink = db.prepare('DELETE FROM claim_sources WHERE claim_id = ? AND source_id = ?');
  const byUrl = db.prepare<[string], { id: number }>(
    'SELECT id FROM sources WHERE url = ? ORDER BY id LIMIT 1',
  );
  const byUrlAndTitle = db.prepare<[string, string], { id: number }>(
    'SELECT id FROM sources WHERE url = ? AND title = ? ORDER BY id LIMIT 1',
  );

  return {
    get(id: number): Source | undefined {
      const row = byId.get(id);
      return row ? toSource(row) : undefined;
    },
    search(query: string): Source[] {
      const pattern = `%${escapeLike(query)}%`;
      return search.all(pattern, pattern, pattern).map(toSource);
    },
    /** The oldest source with this URL (and title, when given), for citing a check once. */
    findCited(url: string, title?: string): number | undefined {
      if (title !== undefined) return byUrlAndTitle.get(url, title)?.id;
      return url ? byUrl.get(url)?.id : undefined;
    },
    /** Fields left out take their column's default. */
    insert(fields: Partial<SourceFields>, at: string): number {
      return sources.insert(fields, { created_at: at, updated_at: at });
    },
    update(id: number, patch: Partial<SourceFields>, at: string): void {
      sources.update(patch, { updated_at: at }, { id });
    },
    setArchive(sourceId: number, archive: Archive): void {
      archives.upsert(archive, ['source_id'], { always: { source_id: sourceId } });
    },
    isLinked(claimId: number, sourceId: number): boolean {
      return (linkExists.get(claimId, sourceId)?.n ?? 0) > 0;
    },
    /** Citation fields left out take their column's default. */
    link(claimId: number, sourceId: number, fields: Partial<CitationFields>): void {
      const position = nextPosition.get(claimId)?.p ?? 1;
      citations.insert(fields, { claim_id: claimId, source_id: sourceId, position });
    },
    updateLink(claimId: number, sourceId: number, patch: Partial<CitationFields>): void {
      citations.update(patch, {}, { claim_id: claimId, source_id: sourceId });
    },
    unlink(claimId: number, sourceId: number): void {
      deleteLink.run(claimId, sourceId);
    },
  };
}

export type SourceStore = ReturnType<typeof createSourceStore>;
