import type { Database } from 'better-sqlite3';
import type {
  AnchorReview,
  AnchorState,
  Claim,
  ClaimPlace,
  ClaimSource,
  ClaimStatus,
} from '../core/model';
import { CitationFields, ClaimAnchor, ClaimFields, ClaimOutline, Verdict } from '../core/model';
import type { PlacedInText } from '../core/anchoring/compareTextOrder';
import { compareTextOrder } from '../core/anchoring/compareTextOrder';
import { columnOf, fieldTable } from './fieldTable';
import type { SourceRow } from './sourceStore';
import { sourceTables } from './sourceStore';

type ClaimRow = {
  id: number;
  article_id: number;
  number: number;
  created_at: string;
  updated_at: string;
} & Record<string, unknown>;

type VerdictRow = { claim_id: number } & Record<string, unknown>;

type LinkRow = SourceRow & { claim_id: number };

/**
 * The outline's fields read from the claim row, in declaration order: plain text, number and 0/1
 * flag columns, so a raw row needs no decoding but the flags'. The article id is the one asked
 * for, and the verdict is joined.
 */
const outlineKeys = Object.keys(ClaimOutline.shape).filter(
  (key) => key !== 'verdict' && key !== 'articleId',
);
/** Flags kept as 0/1 integer columns, read back as booleans. */
const outlineFlags = new Set(
  Object.entries(ClaimOutline.shape)
    .filter(([, schema]) => schema._zod.def.type === 'boolean')
    .map(([key]) => key),
);
const outlineColumns = outlineKeys.map((key) => ({ key, flag: outlineFlags.has(key) }));

/**
 * Claims read in start order, put in full text order (claims that share a start: the longer
 * first, then by id). The list is checked in one pass and sorted only when that finds a pair out
 * of order; it is nearly sorted then, which the engine's merge sort handles in about one more.
 */
function sortedInTextOrder<T extends PlacedInText>(claims: T[]): T[] {
  for (let at = 1; at < claims.length; at++) {
    const previous = claims[at - 1];
    const current = claims[at];
    if (previous && current && compareTextOrder(previous, current) > 0) {
      return claims.sort(compareTextOrder);
    }
  }
  return claims;
}

/**
 * A new claim's span and selector; it starts with no verdict to flag, and needs no review
 * unless an import says why.
 */
export type NewClaimAnchor = Omit<
  ClaimAnchor,
  'textChangedSinceVerdict' | 'movedSinceVerdict' | 'anchorReview'
> & { anchorReview?: AnchorReview | null };

/** Whether the claim's verdict still stands on the words and place it was given on. */
export type VerdictFlags = Pick<ClaimAnchor, 'textChangedSinceVerdict' | 'movedSinceVerdict'>;

/** What re-anchoring reads of a claim, and checks again before it writes. */
export interface ClaimAnchorState {
  id: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorState: AnchorState;
  anchorReview: AnchorReview | null;
  textChangedSinceVerdict: boolean;
  movedSinceVerdict: boolean;
  status: ClaimStatus;
  hasVerdict: boolean;
}

export function createClaimStore(db: Database) {
  const claims = fieldTable(db, 'claims', ClaimFields);
  const anchors = fieldTable(db, 'claims', ClaimAnchor);
  const verdicts = fieldTable(db, 'verdicts', Verdict);
  const citations = fieldTable(db, 'claim_sources', CitationFields);
  const sources = sourceTables(db);

  const toVerdict = (row: VerdictRow) => verdicts.read(row);
  const toClaimSource = (row: LinkRow): ClaimSource => ({
    ...citations.read(row, 'cs_'),
    source: sources.toSource(row),
  });
  const toClaim = (row: ClaimRow, verdict: Verdict | null, linked: ClaimSource[]): Claim => ({
    id: row.id,
    articleId: row.article_id,
    number: row.number,
    ...anchors.read(row),
    ...claims.read(row),
    verdict,
    sources: linked,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

  const claimColumns = `c.id, c.article_id, c.number, c.created_at, c.updated_at, ${anchors.select('c')},
    ${claims.select('c')}`;
  const verdictColumns = `v.claim_id, ${verdicts.select('v')}`;
  const linkColumns = `cs.claim_id, ${citations.select('cs', 'cs_')}, ${sources.columns}`;

  const byId = db.prepare<[number], ClaimRow>(
    `SELECT ${claimColumns} FROM claims c WHERE c.id = ? AND c.deleted_at IS NULL`,
  );
  const byArticle = db.prepare<[number], ClaimRow>(
    `SELECT ${claimColumns} FROM claims c WHERE c.article_id = ? AND c.deleted_at IS NULL
     ORDER BY c.start, c."end" DESC, c.id`,
  );
  // Read raw (one array per row): thousands of outlines are read at once.
  // Rows come in the order of the (article_id, start) index; claims that share a start are put
  // in text order afterwards, which costs far less than having SQLite sort every row.
  const outlinesByArticle = db
    .prepare<[number], unknown[]>(
      `SELECT ${outlineKeys.map((key) => `c."${columnOf(key)}"`).join(', ')}, v.scale_id, v.rating_key
       FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id
       WHERE c.article_id = ? AND c.deleted_at IS NULL
       ORDER BY c.start`,
    )
    .raw(true);
  const placesByArticle = db
    .prepare<[number], [number, number, number, AnchorState, string | null, string | null]>(
      `SELECT c.id, c.start, c."end", c.anchor_state, v.scale_id, v.rating_key
       FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id
       WHERE c.article_id = ? AND c.deleted_at IS NULL
       ORDER BY c.start`,
    )
    .raw(true);
  const anchorStatesOf = db.prepare<
    [number],
    {
      id: number;
      start: number;
      end: number;
      exact: string;
      prefix: string;
      suffix: string;
      anchor_state: AnchorState;
      anchor_review: AnchorReview | null;
      text_changed_since_verdict: number;
      moved_since_verdict: number;
      status: ClaimStatus;
      has_verdict: number;
    }
  >(
    `SELECT c.id, c.start, c."end", c.exact, c.prefix, c.suffix, c.anchor_state, c.anchor_review,
       c.text_changed_since_verdict, c.moved_since_verdict, c.status,
       EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id) AS has_verdict
     FROM claims c WHERE c.article_id = ? AND c.deleted_at IS NULL`,
  );
  const deletedById = db.prepare<[number], { id: number; article_id: number }>(
    'SELECT id, article_id FROM claims WHERE id = ? AND deleted_at IS NOT NULL',
  );
  const verdictOf = db.prepare<[number], VerdictRow>(
    `SELECT ${verdictColumns} FROM verdicts v WHERE v.claim_id = ?`,
  );
  const verdictsOfArticle = db.prepare<[number], VerdictRow>(
    `SELECT ${verdictColumns} FROM verdicts v JOIN claims c ON c.id = v.claim_id
     WHERE c.article_id = ?`,
  );
  const linksOf = db.prepare<[number], LinkRow>(
    `SELECT ${linkColumns} FROM claim_sources cs
     JOIN sources s ON s.id = cs.source_id LEFT JOIN archives ar ON ar.source_id = s.id
     WHERE cs.claim_id = ? ORDER BY cs.position`,
  );
  const linksOfArticle = db.prepare<[number], LinkRow>(
    `SELECT ${linkColumns} FROM claim_sources cs
     JOIN claims c ON c.id = cs.claim_id
     JOIN sources s ON s.id = cs.source_id LEFT JOIN archives ar ON ar.source_id = s.id
     WHERE c.article_id = ? ORDER BY cs.claim_id, cs.position`,
  );
  const softDelete = db.prepare('UPDATE claims SET deleted_at = ?, updated_at = ? WHERE id = ?');
  const undelete = db.prepare('UPDATE claims SET deleted_at = NULL, updated_at = ? WHERE id = ?');
  // Deleted claims keep their rows, so their numbers count too and are never given again.
  // Read from the (article_id, number) index; the article's row, with its text, is not touched.
  const nextNumber = db.prepare<[number], { next: number }>(
    'SELECT COALESCE(MAX(number), 0) + 1 AS next FROM claims WHERE article_id = ?',
  );
  const confirmVerdict = db.prepare('UPDATE verdicts SET article_version = ? WHERE claim_id = ?');
  const clearVerdictFlags = db.prepare(
    `UPDATE claims SET text_changed_since_verdict = 0, moved_since_verdict = 0, updated_at = ?
     WHERE id = ?`,
  );
  const deleteVerdict = db.prepare('DELETE FROM verdicts WHERE claim_id = ?');
  const versionJudged = db.prepare<[number, number], { n: number }>(
    `SELECT COUNT(*) AS n FROM verdicts v JOIN claims c ON c.id = v.claim_id
     WHERE c.article_id = ? AND v.article_version = ?`,
  );
  const scaleInUse = db.prepare<[string], { n: number }>(
    'SELECT COUNT(*) AS n FROM verdicts WHERE scale_id = ?',
  );

  return {
    get(id: number): Claim | undefined {
      const row = byId.get(id);
      if (!row) return undefined;
      const verdict = verdictOf.get(row.id);
      return toClaim(
        row,
        verdict ? toVerdict(verdict) : null,
        linksOf.all(row.id).map(toClaimSource),
      );
    },
    /** Every claim's anchor, verdict flags and status: what re-anchoring must find unchanged. */
    anchorStates(articleId: number): ClaimAnchorState[] {
      return anchorStatesOf.all(articleId).map((row) => ({
        id: row.id,
        start: row.start,
        end: row.end,
        exact: row.exact,
        prefix: row.prefix,
        suffix: row.suffix,
        anchorState: row.anchor_state,
        anchorReview: row.anchor_review,
        textChangedSinceVerdict: row.text_changed_since_verdict === 1,
        movedSinceVerdict: row.moved_since_verdict === 1,
        status: row.status,
        hasVerdict: row.has_verdict === 1,
      }));
    },
    deletedArticleId(id: number): number | undefined {
      return deletedById.get(id)?.article_id;
    },
    listByArticle(articleId: number): Claim[] {
      const verdictsById = new Map(
        verdictsOfArticle.all(articleId).map((row) => [row.claim_id, toVerdict(row)]),
      );
      const links = new Map<number, ClaimSource[]>();
      for (const row of linksOfArticle.all(articleId)) {
        const list = links.get(row.claim_id) ?? [];
        list.push(toClaimSource(row));
        links.set(row.claim_id, list);
      }
      return byArticle
        .all(articleId)
        .map((row) => toClaim(row, verdictsById.get(row.id) ?? null, links.get(row.id) ?? []));
    },
    /** Every claim's outline, in the same order as listByArticle, without reading the rest. */
    /** Every claim of the article not in the bin, in text order (see compareTextOrder). */
    outlinesByArticle(articleId: number): ClaimOutline[] {
      const verdictAt = outlineColumns.length;
      const rows = outlinesByArticle.all(articleId);
      const outlines = new Array<ClaimOutline>(rows.length);
      for (let at = 0; at < rows.length; at++) {
        const row = rows[at] ?? [];
        const outline: Record<string, unknown> = { articleId };
        for (let index = 0; index < outlineColumns.length; index++) {
          const column = outlineColumns[index];
          if (column) outline[column.key] = column.flag ? row[index] === 1 : row[index];
        }
        const [scaleId, ratingKey] = [row[verdictAt], row[verdictAt + 1]];
        outline.verdict = scaleId === null ? null : { scaleId, ratingKey };
        outlines[at] = outline as ClaimOutline;
      }
      return sortedInTextOrder(outlines);
    },
    /** Where every claim of the article not in the bin is, with its rating, in text order. */
    placesByArticle(articleId: number): ClaimPlace[] {
      return sortedInTextOrder(
        placesByArticle.all(articleId).map(([id, start, end, anchorState, scaleId, ratingKey]) => ({
          id,
          start,
          end,
          anchorState,
          verdict: scaleId === null ? null : { scaleId, ratingKey },
        })),
      );
    },
    /**
     * Inserts a claim with the article's next claim number; run inside a transaction. Fields left
     * out take their column's default.
     */
    insert(
      articleId: number,
      anchor: NewClaimAnchor,
      fields: Partial<ClaimFields>,
      at: string,
    ): number {
      return anchors.insert(anchor, {
        ...claims.encode(fields),
        article_id: articleId,
        number: nextNumber.get(articleId)?.next ?? 1,
        created_at: at,
        updated_at: at,
      });
    },
    /**
     * Stores a claim's anchor. `at` is when the claim changed, or null when only its place did
     * (the text before it was edited): its "last changed" time then stays the checker's.
     */
    setAnchor(id: number, anchor: ClaimAnchor, at: string | null): void {
      anchors.update(anchor, at === null ? {} : { updated_at: at }, { id });
    },
    setVerdictFlags(id: number, flags: VerdictFlags, at: string): void {
      anchors.update(flags, { updated_at: at }, { id });
    },
    /** The checker stands by the verdict on the claim's current words: it now judges `version`. */
    confirmVerdict(claimId: number, version: number, at: string): void {
      confirmVerdict.run(version, claimId);
      clearVerdictFlags.run(at, claimId);
    },
    update(id: number, patch: Partial<ClaimFields>, at: string): void {
      claims.update(patch, { updated_at: at }, { id });
    },
    softDelete(id: number, at: string): void {
      softDelete.run(at, at, id);
    },
    restore(id: number, at: string): void {
      undelete.run(at, id);
    },
    setVerdict(claimId: number, verdict: Verdict, at: string): void {
      verdicts.upsert(verdict, ['claim_id'], { always: { claim_id: claimId } });
      clearVerdictFlags.run(at, claimId);
    },
    clearVerdict(claimId: number): void {
      deleteVerdict.run(claimId);
    },
    /** Whether any verdict on the article's claims judged this version of its text. */
    versionJudged(articleId: number, version: number): boolean {
      return (versionJudged.get(articleId, version)?.n ?? 0) > 0;
    },
    scaleInUse(scaleId: string): boolean {
      return (scaleInUse.get(scaleId)?.n ?? 0) > 0;
    },
  };
}

export type ClaimStore = ReturnType<typeof createClaimStore>;
