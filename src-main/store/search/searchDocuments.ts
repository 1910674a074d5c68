import { builtinScales } from '../../core/scales/builtinScales';
import type { SearchKind } from '../../core/search/SearchResult';
import { searchKinds } from '../../core/search/SearchResult';

/**
 * The index's rowid is this code × 2^40 + (2^40 − 1 − the entity's id), so one table holds
 * every kind and each kind is one range of rowids, which FTS5 can search without reading the
 * others. Ids are counted down within the range so that the newest documents come first in
 * rowid order: FTS5 finds the start of a range in a posting list by seeking, but reading one
 * backwards means walking it from its end, so "newest first" is cheapest as ascending rowids.
 */
export const KIND_CODES: Record<SearchKind, number> = {
  article: 1,
  claim: 2,
  source: 3,
  factcheck: 4,
};
/** 2^40: room for more ids than SQLite will ever give one table here. */
export const KIND_SPAN = 1_099_511_627_776;

/** SQL of the rowid of the `kind` document whose id is `id` (SQL). */
export const rowidSql = (kind: SearchKind, id: string) =>
  `(${KIND_CODES[kind] * KIND_SPAN + KIND_SPAN - 1} - (${id}))`;

/** SQL of the entity id a rowid (SQL) of the index stands for, whatever its kind. */
export const idOfRowidSql = (rowid: string) => `(${KIND_SPAN - 1} - (${rowid}) % ${KIND_SPAN})`;

/** The rowid of the `kind` document whose id is `id`. */
export const rowidOf = (kind: SearchKind, id: number) =>
  KIND_CODES[kind] * KIND_SPAN + KIND_SPAN - 1 - id;

/** The entity id a rowid of the index stands for, whatever its kind. */
export const idOfRowid = (rowid: number) => KIND_SPAN - 1 - (rowid % KIND_SPAN);

/** The first and last rowid a kind's documents can have. */
export function kindRange(kind: SearchKind): [number, number] {
  const code = KIND_CODES[kind];
  return [code * KIND_SPAN, (code + 1) * KIND_SPAN - 1];
}

/** A table a document is read from, and which documents a change to one of its rows touches. */
interface Dependency {
  table: string;
  /** The table's alias in the document's SQL; its columns used there are the ones watched. */
  alias: string;
  /** SELECT of the affected documents' ids (`AS id`), given the changed row (NEW or OLD). */
  ids(row: 'NEW' | 'OLD'): string;
}

/**
 * How one kind of result is read from the data. `head` is what the result is (a claim's
 * quote, a title) and weighs more in ranking; `body` is everything else worth finding it by.
 * Each entry is one SQL expression: adding a field to the index is adding one line here, and
 * the views, triggers and a rebuild follow on the next start (see syncSearchIndex).
 */
interface SearchDocument {
  from: string;
  id: string;
  where: string;
  head: string[];
  body: string[];
  /** The language tag that picks the stemmer. */
  language: string;
  /** Text to guess the language from when the tag is empty. */
  sample: string;
  dependencies: Dependency[];
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A verdict's rating label: a custom scale's from its JSON, a built-in scale's from the code. */
const builtinLabels = builtinScales
  .flatMap((scale) =>
    scale.ratings.map(
      (rating) =>
        `WHEN ${quote(scale.id)} || char(31) || ${quote(rating.key)} THEN ${quote(rating.label)}`,
    ),
  )
  .join(' ');
const ratingLabel = `COALESCE(
      (SELECT json_extract(r.value, '$.label') FROM rating_scales rs, json_each(rs.ratings) r
       WHERE rs.id = v.scale_id AND json_extract(r.value, '$.key') = v.rating_key),
      CASE v.scale_id || char(31) || v.rating_key ${builtinLabels} END)`;

/** Training attempts are a trainee's practice, not the desk's checks: they are not searched. */
const notAnAttempt = (article: string) =>
  `NOT EXISTS (SELECT 1 FROM training_attempts t WHERE t.article_id = ${article})`;

export const searchDocuments: Record<SearchKind, SearchDocument> = {
  article: {
    from: 'articles a',
    id: 'a.id',
    where: `a.deleted_at IS NULL AND ${notAnAttempt('a.id')}`,
    head: ['a.title'],
    body: ['a.outlet', 'a.author', 'a.text'],
    language: 'a.language',
    sample: 'substr(a.text, 1, 2000)',
    dependencies: [
      { table: 'articles', alias: 'a', ids: (row) => `SELECT ${row}.id AS id` },
      { table: 'training_attempts', alias: 't', ids: (row) => `SELECT ${row}.article_id AS id` },
    ],
  },
  claim: {
    from: `claims c
      JOIN articles a ON a.id = c.article_id
      LEFT JOIN verdicts v ON v.claim_id = c.id`,
    id: 'c.id',
    where: `c.deleted_at IS NULL AND a.deleted_at IS NULL AND ${notAnAttempt('a.id')}`,
    head: ['c.exact'],
    body: ['c.reviewed_as', 'c.claimant', 'c.tags', 'c.notes', ratingLabel, 'v.conclusion'],
    language: 'a.language',
    sample: 'c.exact',
    dependencies: [
      { table: 'claims', alias: 'c', ids: (row) => `SELECT ${row}.id AS id` },
      {
        table: 'articles',
        alias: 'a',
        ids: (row) => `SELECT id FROM claims WHERE article_id = ${row}.id`,
      },
      { table: 'verdicts', alias: 'v', ids: (row) => `SELECT ${row}.claim_id AS id` },
      {
        table: 'rating_scales',
        alias: 'rs',
        ids: (row) => `SELECT claim_id AS id FROM verdicts WHERE scale_id = ${row}.id`,
      },
      {
        table: 'training_attempts',
        alias: 't',
        ids: (row) => `SELECT id FROM claims WHERE article_id = ${row}.article_id`,
      },
    ],
  },
  source: {
    from: 'sources s',
    id: 's.id',
    where: '1',
    head: ['s.title'],
    body: [
      's.publisher',
      's.url',
      's.author',
      `(SELECT group_concat(cs.excerpt, char(10)) FROM claim_sources cs WHERE cs.source_id = s.id)`,
    ],
    language: "''",
    sample: 's.title',
    dependencies: [
      { table: 'sources', alias: 's', ids: (row) => `SELECT ${row}.id AS id` },
      { table: 'claim_sources', alias: 'cs', ids: (row) => `SELECT ${row}.source_id AS id` },
    ],
  },
  factcheck: {
    from: 'fact_checks f',
    id: 'f.id',
    where: '1',
    head: ['f.claim_text'],
    body: ['f.claimant', 'f.reviewer', 'f.textual_rating', 'f.title', 'f.review_url'],
    language: 'f.language',
    sample: 'f.claim_text',
    dependencies: [{ table: 'fact_checks', alias: 'f', ids: (row) => `SELECT ${row}.id AS id` }],
  },
};

export const viewName = (kind: SearchKind) => `search_${kind}_documents`;

function viewSql(kind: SearchKind): string {
  const doc = searchDocuments[kind];
  return `CREATE VIEW ${viewName(kind)} AS
    SELECT ${doc.id} AS id,
      concat_ws(char(10), ${doc.head.join(', ')}) AS head,
      concat_ws(char(10), ${doc.body.join(', ')}) AS body,
      ${doc.language} AS language,
      ${doc.sample} AS sample
    FROM ${doc.from}
    WHERE ${doc.where}`;
}

/** The INSERT of the documents of a kind that `where` selects from its view. */
export function insertSql(kind: SearchKind, where = ''): string {
  return `INSERT INTO search_index (rowid, head, body)
      SELECT ${rowidSql(kind, 'id')},
        factdesk_stems(head, language, sample), factdesk_stems(body, language, sample)
      FROM ${viewName(kind)} ${where}`;
}

/** The SQL that (re)writes the documents whose ids `ids` selects. */
export function refreshSql(kind: SearchKind, ids: string): string {
  return `DELETE FROM search_index WHERE rowid IN (SELECT ${rowidSql(kind, 'id')} FROM (${ids}));
    ${insertSql(kind, `WHERE id IN (${ids})`)};`;
}

/** The columns of `alias` that a document's SQL reads. */
function columnsRead(doc: SearchDocument, alias: string): string[] {
  const sql = [doc.from, doc.id, doc.where, doc.language, doc.sample, ...doc.head, ...doc.body];
  const pattern = new RegExp(`\\b${alias}\\.([a-z_]+)\\b`, 'g');
  const columns = new Set<string>();
  for (const part of sql) for (const match of part.matchAll(pattern)) columns.add(match[1] ?? '');
  return [...columns].filter((column) => column !== '').sort();
}

function triggerSql(kind: SearchKind, dependency: Dependency): string[] {
  const columns = columnsRead(searchDocuments[kind], dependency.alias);
  const name = `search_${kind}_from_${dependency.table}`;
  const changed = columns.map((column) => `OLD.${column} IS NOT NEW.${column}`).join(' OR ');
  return [
    `CREATE TRIGGER ${name}_insert AFTER INSERT ON ${dependency.table} BEGIN
      ${refreshSql(kind, dependency.ids('NEW'))}
    END`,
    `CREATE TRIGGER ${name}_delete AFTER DELETE ON ${dependency.table} BEGIN
      ${refreshSql(kind, dependency.ids('OLD'))}
    END`,
    `CREATE TRIGGER ${name}_update AFTER UPDATE OF ${columns.join(', ')} ON ${dependency.table}
      WHEN ${changed} BEGIN
      ${refreshSql(kind, dependency.ids('OLD'))}
      ${refreshSql(kind, dependency.ids('NEW'))}
    END`,
  ];
}

/** Every view and trigger of the index, in the order they are created. */
export function searchSchemaSql(): string[] {
  return [
    ...searchKinds.map(viewSql),
    ...searchKinds.flatMap((kind) =>
      searchDocuments[kind].dependencies.flatMap((dependency) => triggerSql(kind, dependency)),
    ),
  ];
}
