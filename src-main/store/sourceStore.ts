import type { Database } from 'better-sqlite3';
import type { Archive, Source, SourceKind, Stance } from '../core/model';

export interface SourceRow {
  id: number;
  url: string;
  title: string;
  publisher: string;
  author: string;
  published_at: string;
  accessed_at: string;
  kind: SourceKind;
  reliability_note: string;
  created_at: string;
  updated_at: string;
  ar_sha256: string | null;
  ar_size: number | null;
  ar_mime: string | null;
  ar_original_name: string | null;
  ar_path: string | null;
  ar_created_at: string | null;
}

export const sourceColumns = `s.id, s.url, s.title, s.publisher, s.author, s.published_at,
  s.accessed_at, s.kind, s.reliability_note, s.created_at, s.updated_at,
  ar.sha256 AS ar_sha256, ar.size AS ar_size, ar.mime AS ar_mime,
  ar.original_name AS ar_original_name, ar.path AS ar_path, ar.created_at AS ar_created_at`;

export function toSource(row: SourceRow): Source {
  const archive: Archive | null =
    row.ar_sha256 === null
      ? null
      : {
          sha256: row.ar_sha256,
          size: row.ar_size ?? 0,
          mime: row.ar_mime ?? '',
          originalName: row.ar_original_name ?? '',
          path: row.ar_path ?? '',
          createdAt: row.ar_created_at ?? '',
        };
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    author: row.author,
    publishedAt: row.published_at,
    accessedAt: row.accessed_at,
    kind: row.kind,
    reliabilityNote: row.reliability_note,
    archive,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface SourceFields {
  url: string;
  title: string;
  publisher: string;
  author: string;
  publishedAt: string;
  accessedAt: string;
  kind: SourceKind;
  reliabilityNote: string;
}

export interface LinkFields {
  stance: Stance;
  excerpt: string;
  note: string;
  tier: number | null;
}

const sourceFieldColumns: Record<keyof SourceFields, string> = {
  url: 'url',
  title: 'title',
  publisher: 'publisher',
  author: 'author',
  publishedAt: 'published_at',
  accessedAt: 'accessed_at',
  kind: 'kind',
  reliabilityNote: 'reliability_note',
};

const linkFieldColumns: Record<keyof LinkFields, string> = {
  stance: 'stance',
  excerpt: 'excerpt',
  note: 'note',
  tier: 'tier',
};

export function createSourceStore(db: Database) {
  const byId = db.prepare<[number], SourceRow>(
    `SELECT ${sourceColumns} FROM sources s LEFT JOIN archives ar ON ar.source_id = s.id
     WHERE s.id = ?`,
  );
  const search = db.prepare<[string, string, string], SourceRow>(
    `SELECT ${sourceColumns} FROM sources s LEFT JOIN archives ar ON ar.source_id = s.id
     WHERE s.title LIKE ? ESCAPE '\\' OR s.url LIKE ? ESCAPE '\\' OR s.publisher LIKE ? ESCAPE '\\'
     ORDER BY s.updated_at DESC, s.id DESC LIMIT 100`,
  );
  const insert = db.prepare(
    `INSERT INTO sources (url, title, publisher, author, published_at, accessed_at, kind,
       reliability_note, created_at, updated_at)
     VALUES (@url, @title, @publisher, @author, @publishedAt, @accessedAt, @kind,
       @reliabilityNote, @at, @at)`,
  );
  const upsertArchive = db.prepare(
    `INSERT INTO archives (source_id, sha256, size, mime, original_name, path, created_at)
     VALUES (@sourceId, @sha256, @size, @mime, @originalName, @path, @createdAt)
     ON CONFLICT (source_id) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size,
       mime = excluded.mime, original_name = excluded.original_name, path = excluded.path,
       created_at = excluded.created_at`,
  );
  const linkExists = db.prepare<[number, number], { n: number }>(
    'SELECT COUNT(*) AS n FROM claim_sources WHERE claim_id = ? AND source_id = ?',
  );
  const nextPosition = db.prepare<[number], { p: number }>(
    'SELECT COALESCE(MAX(position), 0) + 1 AS p FROM claim_sources WHERE claim_id = ?',
  );
  const insertLink = db.prepare(
    `INSERT INTO claim_sources (claim_id, source_id, stance, excerpt, note, tier, position)
     VALUES (@claimId, @sourceId, @stance, @excerpt, @note, @tier, @position)`,
  );
  const deleteLink = db.prepare('DELETE FROM claim_sources WHERE claim_id = ? AND source_id = ?');

  return {
    get(id: number): Source | undefined {
      const row = byId.get(id);
      return row ? toSource(row) : undefined;
    },
    search(query: string): Source[] {
      const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return search.all(pattern, pattern, pattern).map(toSource);
    },
    insert(fields: SourceFields, at: string): number {
      return Number(insert.run({ ...fields, at }).lastInsertRowid);
    },
    update(id: number, patch: Partial<SourceFields>, at: string): void {
      const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
      if (entries.length === 0) return;
      const assignments = entries.map(
        ([k]) => `${sourceFieldColumns[k as keyof SourceFields]} = ?`,
      );
      db.prepare(`UPDATE sources SET ${assignments.join(', ')}, updated_at = ? WHERE id = ?`).run(
        ...entries.map(([, value]) => value),
        at,
        id,
      );
    },
    setArchive(sourceId: number, archive: Archive): void {
      upsertArchive.run({ sourceId, ...archive });
    },
    isLinked(claimId: number, sourceId: number): boolean {
      return (linkExists.get(claimId, sourceId)?.n ?? 0) > 0;
    },
    link(claimId: number, sourceId: number, fields: LinkFields): void {
      const position = nextPosition.get(claimId)?.p ?? 1;
      insertLink.run({ claimId, sourceId, ...fields, position });
    },
    updateLink(claimId: number, sourceId: number, patch: Partial<LinkFields>): void {
      const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
      if (entries.length === 0) return;
      const assignments = entries.map(([k]) => `${linkFieldColumns[k as keyof LinkFields]} = ?`);
      db.prepare(
        `UPDATE claim_sources SET ${assignments.join(', ')} WHERE claim_id = ? AND source_id = ?`,
      ).run(...entries.map(([, value]) => value), claimId, sourceId);
    },
    unlink(claimId: number, sourceId: number): void {
      deleteLink.run(claimId, sourceId);
    },
  };
}

export type SourceStore = ReturnType<typeof createSourceStore>;
