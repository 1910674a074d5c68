import type { Database, Statement } from 'better-sqlite3';
import type { SearchKind } from '../core/search/SearchResult';
import { idOfRowid, idOfRowidSql, kindRange, rowidOf } from './search/searchDocuments';

/** Column weights for BM25: a match in what a result is counts three times one elsewhere. */
export const BM25_WEIGHTS = { head: 3, body: 1 } as const;
const BM25 = `bm25(search_index, ${BM25_WEIGHTS.head}, ${BM25_WEIGHTS.body})`;

/**
 * BM25 has to score every match before it can sort them, so a word found in tens of
 * thousands of documents would make every keystroke slow. When more documents of a kind
 * match, the newest RANK_WINDOW of them are ranked (docs/search.md).
 */
export const RANK_WINDOW = 250;

export interface IndexFilters {
  /** Claims whose verdict has one of these rating keys. */
  ratingKeys?: string[];
  /** Imported fact checks whose textual rating is one of these (compared without case). */
  ratingLabels?: string[];
  statuses?: string[];
  /** Inclusive ISO dates (YYYY-MM-DD) compared with each result's date (docs/search.md). */
  from?: string;
  to?: string;
  outlets?: string[];
}

export interface SearchHit {
  kind: SearchKind;
  id: number;
  /** Higher is better: BM25 with the sign turned. */
  score: number;
}

interface KindQuery {
  join: string;
  /** Each result's date, as YYYY-MM-DD. */
  date: string;
  rating?: string;
  ratingLabel?: string;
  status?: string;
  outlet?: string;
}

const KIND_QUERIES: Record<SearchKind, KindQuery> = {
  claim: {
    join: `JOIN claims c ON c.id = ${idOfRowidSql('search_index.rowid')}
      JOIN articles a ON a.id = c.article_id
      LEFT JOIN verdicts v ON v.claim_id = c.id`,
    date: `coalesce(substr(v.checked_at, 1, 10), nullif(c.claim_date, ''), substr(c.created_at, 1, 10))`,
    rating: 'v.rating_key',
    status: 'c.status',
    outlet: 'a.outlet',
  },
  article: {
    join: `JOIN articles a ON a.id = ${idOfRowidSql('search_index.rowid')}`,
    date: `coalesce(nullif(substr(a.published_at, 1, 10), ''), substr(a.created_at, 1, 10))`,
    outlet: 'a.outlet',
  },
  source: {
    join: `JOIN sources s ON s.id = ${idOfRowidSql('search_index.rowid')}`,
    date: `coalesce(nullif(substr(s.published_at, 1, 10), ''), nullif(substr(s.accessed_at, 1, 10), ''), substr(s.created_at, 1, 10))`,
  },
  factcheck: {
    join: `JOIN fact_checks f ON f.id = ${idOfRowidSql('search_index.rowid')}`,
    date: `coalesce(nullif(substr(f.review_date, 1, 10), ''), substr(f.imported_at, 1, 10))`,
    ratingLabel: 'lower(f.textual_rating)',
  },
};

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * The SQL and parameters for one kind, or null when a filter rules the whole kind out (a
 * status filter leaves only claims; an outlet filter only claims and articles).
 */
function kindSql(
  kind: SearchKind,
  filters: IndexFilters,
): { sql: string; params: unknown[] } | null {
  const q = KIND_QUERIES[kind];
  const where: string[] = [];
  const params: unknown[] = [];
  const ratingKeys = filters.ratingKeys ?? [];
  const ratingLabels = (filters.ratingLabels ?? []).map((label) => label.toLowerCase());
  if (ratingKeys.length > 0 || ratingLabels.length > 0) {
    if (q.rating && ratingKeys.length > 0) {
      where.push(`${q.rating} IN (${placeholders(ratingKeys)})`);
      params.push(...ratingKeys);
    } else if (q.ratingLabel && ratingLabels.length > 0) {
      where.push(`${q.ratingLabel} IN (${placeholders(ratingLabels)})`);
      params.push(...ratingLabels);
    } else return null;
  }
  if (filters.statuses && filters.statuses.length > 0) {
    if (!q.status) return null;
    where.push(`${q.status} IN (${placeholders(filters.statuses)})`);
    params.push(...filters.statuses);
  }
  if (filters.outlets && filters.outlets.length > 0) {
    if (!q.outlet) return null;
    where.push(`${q.outlet} IN (${placeholders(filters.outlets)})`);
    params.push(...filters.outlets);
  }
  if (filters.from) {
    where.push(`${q.date} >= ?`);
    params.push(filters.from);
  }
  if (filters.to) {
    where.push(`${q.date} <= ?`);
    params.push(filters.to);
  }
  const join = where.length > 0 ? q.join : '';
  // One pair of rowid bounds, which FTS5 uses to read only that range of each posting list;
  // newest first (ascending rowids, see KIND_CODES), so the window is the LIMIT and BM25 is
  // computed for those rows only.
  const sql = `SELECT ${idOfRowidSql('search_index.rowid')} AS id, -${BM25} AS score
    FROM search_index ${join}
    WHERE search_index MATCH ? AND search_index.rowid BETWEEN ? AND ?
      ${where.map((clause) => `AND ${clause}`).join(' ')}
    ORDER BY search_index.rowid LIMIT ${RANK_WINDOW}`;
  return { sql, params };
}

/** What a claim result shows: the claim, its verdict and its article, in one row. */
export interface ClaimSummary {
  id: number;
  articleId: number;
  exact: string;
  claimant: string;
  tags: string;
  notes: string;
  status: string;
  claimDate: string;
  createdAt: string;
  scaleId: string | null;
  ratingKey: string | null;
  conclusion: string | null;
  checkedBy: string | null;
  checkedAt: string | null;
  articleTitle: string;
  articleOutlet: string;
  articleUrl: string;
  language: string;
}

/** What a source result shows, with the excerpts quoted from it on claims. */
export interface SourceSummary {
  id: number;
  title: string;
  publisher: string;
  url: string;
  author: string;
  publishedAt: string;
  excerpts: string;
  /** The latest claim citing the source, and its article, if any. */
  claimId: number | null;
  articleId: number | null;
}

export function createSearchStore(db: Database) {
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  // Claims and fact checks in one statement: BM25 first counts, over the whole index, the
  // documents holding each word, and does that once per statement, so one pass serves both.
  const checkKinds = ['claim', 'factcheck'] as const;
  const checkRanges = checkKinds.map(kindRange);
  const candidates = db.prepare<
    [string, number, number, number, ...number[]],
    { rowid: number; score: number }
  >(
    `SELECT rowid, -bm25(search_index, 1, 0) AS score FROM search_index
     WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? AND rowid <> ?
       AND (${checkRanges.map(() => '+rowid BETWEEN ? AND ?').join(' OR ')})
     ORDER BY bm25(search_index, 1, 0) LIMIT ?`,
  );
  const emptiness = new Map<SearchKind, Statement<[], number>>(
    (
      [
        ['claim', 'claims'],
        ['article', 'articles'],
        ['source', 'sources'],
        ['factcheck', 'fact_checks'],
      ] as const
    ).map(([kind, table]) => [
      kind,
      db.prepare<[], number>(`SELECT EXISTS (SELECT 1 FROM ${table})`).pluck(),
    ]),
  );
  const vocabulary = db.prepare<[string], { doc: number }>(
    'SELECT doc FROM search_vocab WHERE term = ?',
  );
  const documents = db.prepare<[], { n: number }>(
    `SELECT (SELECT count(*) FROM claims) + (SELECT count(*) FROM articles)
       + (SELECT count(*) FROM sources) + (SELECT count(*) FROM fact_checks) AS n`,
  );
  const totalChanges = db.prepare<[], number>('SELECT total_changes()').pluck();
  // Prepared once: db.pragma() would compile it on every word looked up.
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const frequencies = frequencyCache(
    () => documents.get()?.n ?? 0,
    (term) => vocabulary.get(term)?.doc ?? 0,
    () => ({
      changes: totalChanges.get() ?? 0,
      dataVersion: dataVersion.get() ?? 0,
    }),
  );

  const claimSummaries = db.prepare<[string], ClaimSummary>(
    `SELECT c.id, c.article_id AS articleId, c.exact, c.claimant, c.tags, c.notes, c.status,
       c.claim_date AS claimDate, c.created_at AS createdAt, v.scale_id AS scaleId,
       v.rating_key AS ratingKey, v.conclusion, v.checked_by AS checkedBy,
       v.checked_at AS checkedAt, a.title AS articleTitle, a.outlet AS articleOutlet,
       a.url AS articleUrl, a.language
     FROM claims c JOIN articles a ON a.id = c.article_id
     LEFT JOIN verdicts v ON v.claim_id = c.id
     WHERE c.id IN (SELECT value FROM json_each(?))`,
  );
  const sourceSummaries = db.prepare<[string], SourceSummary>(
    `SELECT s.id, s.title, s.publisher, s.url, s.author, s.published_at AS publishedAt,
       coalesce((SELECT group_concat(cs.excerpt, char(10)) FROM claim_sources cs
         WHERE cs.source_id = s.id), '') AS excerpts,
       l.id AS claimId, l.article_id AS articleId
     FROM sources s
     LEFT JOIN claims l ON l.id = (SELECT max(cs.claim_id) FROM claim_sources cs
       JOIN claims c ON c.id = cs.claim_id
       JOIN articles a ON a.id = c.article_id AND a.deleted_at IS NULL
       WHERE cs.source_id = s.id AND c.deleted_at IS NULL) WHERE s.id IN (SELECT value FROM json_each(?))`,
  );

  return {
    /** Claims by id with their verdict and article; ids that do not exist are left out. */
    claimSummaries(ids: readonly number[]): Map<number, ClaimSummary> {
      return new Map(claimSummaries.all(JSON.stringify(ids)).map((row) => [row.id, row]));
    },
    sourceSummaries(ids: readonly number[]): Map<number, SourceSummary> {
      return new Map(sourceSummaries.all(JSON.stringify(ids)).map((row) => [row.id, row]));
    },
    /**
     * The best `limit` results of each kind for an FTS5 MATCH expression (from toFtsQuery),
     * filtered, best first.
     */
    match(fts: string, kinds: readonly SearchKind[], filters: IndexFilters, limit: number) {
      const hits: SearchHit[] = [];
      for (const kind of kinds) {
        const query = kindSql(kind, filters);
        // An empty kind still costs a pass over the words' posting lists: skip it.
        if (!query || !(emptiness.get(kind)?.get() ?? true)) continue;
        const [first, last] = kindRange(kind);
        const rows = (
          prepared(query.sql).all(fts, first, last, ...query.params) as {
            id: number;
            score: number;
          }[]
        )
          .sort((a, b) => b.score - a.score || b.id - a.id)
          .slice(0, limit);
        for (const row of rows) hits.push({ kind, id: row.id, score: row.score });
      }
      return hits.sort((a, b) => b.score - a.score);
    },
    /**
     * Claims and imported fact checks whose own text matches, best BM25 first, never the
     * claim `exceptClaimId` itself. Whether a claim has a verdict is for the caller to check.
     */
    checkCandidates(fts: string, exceptClaimId: number | null, limit: number): SearchHit[] {
      const bounds = checkRanges.flat();
      const except = exceptClaimId !== null ? rowidOf('claim', exceptClaimId) : -1;
      return candidates
        .all(fts, Math.min(...bounds), Math.max(...bounds), except, ...bounds, limit)
        .map((row) => {
          const kind =
            checkKinds[checkRanges.findIndex(([a, b]) => row.rowid >= a && row.rowid <= b)];
          return { kind: kind ?? 'claim', id: idOfRowid(row.rowid), score: row.score };
        });
    },
    /**
     * How many indexed documents hold the (folded) term, in any column. Counting reads the
     * term's whole posting list, so counts are kept (see frequencyCache) until enough has been
     * written to move them noticeably.
     */
    documentFrequency(term: string): number {
      return frequencies.frequency(term);
    },
    /** About how many documents the index holds (every row of the indexed tables). */
    documentCount(): number {
      return frequencies.documents();
    },
  };
}

export type SearchStore = ReturnType<typeof createSearchStore>;

/**
 * Share of the documents that may change before kept counts are counted again: a count off by
 * that much moves a word's IDF by about 1%, too little to reorder matches.
 */
export const FREQUENCY_STALENESS = 0.01;
/** Most terms kept at once: all are dropped when full, which keeps memory bounded. */
const FREQUENCY_TERMS = 50_000;

/**
 * Document counts kept between calls: all dropped when another connection has written
 * (`dataVersion`), or when this one has changed more rows than FREQUENCY_STALENESS of the
 * documents since they were counted. A term found in no document is never kept, so a word
 * just written is always found. On a small database any write drops them.
 */
export function frequencyCache(
  countDocuments: () => number,
  countTerm: (term: string) => number,
  generation: () => { changes: number; dataVersion: number },
) {
  let kept: { changes: number; dataVersion: number; documents: number } | null = null;
  const terms = new Map<string, number>();
  const current = () => {
    const now = generation();
    if (
      !kept ||
      kept.dataVersion !== now.dataVersion ||
      now.changes - kept.changes > kept.documents * FREQUENCY_STALENESS
    ) {
      terms.clear();
      kept = { ...now, documents: countDocuments() };
    }
    return kept;
  };
  return {
    documents: () => current().documents,
    frequency(term: string): number {
      current();
      let found = terms.get(term);
      if (found === undefined) {
        found = countTerm(term);
        if (terms.size >= FREQUENCY_TERMS) terms.clear();
        if (found > 0) terms.set(term, found);
      }
      return found;
    },
  };
}
