import type { Database } from 'better-sqlite3';
import type {
  AnchorState,
  Claim,
  ClaimKind,
  ClaimSource,
  ClaimStatus,
  Stance,
  Verdict,
} from '../core/model';
import type { SourceRow } from './sourceStore';
import { sourceColumns, toSource } from './sourceStore';

interface ClaimRow {
  id: number;
  article_id: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchored_version: number;
  anchor_state: AnchorState;
  text_changed_since_verdict: number;
  claimant: string;
  claim_date: string;
  appearance_url: string;
  kind: ClaimKind;
  status: ClaimStatus;
  assignee: string;
  tags: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

interface VerdictRow {
  claim_id: number;
  scale_id: string;
  rating_key: string | null;
  conclusion: string;
  checked_by: string;
  checked_at: string;
  article_version: number;
}

type LinkRow = SourceRow & {
  claim_id: number;
  stance: Stance;
  excerpt: string;
  link_note: string;
  tier: number | null;
};

export interface ClaimFields {
  claimant: string;
  claimDate: string;
  appearanceUrl: string;
  kind: ClaimKind;
  status: ClaimStatus;
  assignee: string;
  tags: string[];
  notes: string;
}

export interface ClaimAnchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchoredVersion: number;
  anchorState: AnchorState;
}

const fieldColumns: Record<keyof ClaimFields, string> = {
  claimant: 'claimant',
  claimDate: 'claim_date',
  appearanceUrl: 'appearance_url',
  kind: 'kind',
  status: 'status',
  assignee: 'assignee',
  tags: 'tags',
  notes: 'notes',
};

function toVerdict(row: VerdictRow): Verdict {
  return {
    scaleId: row.scale_id,
    ratingKey: row.rating_key,
    conclusion: row.conclusion,
    checkedBy: row.checked_by,
    checkedAt: row.checked_at,
    articleVersion: row.article_version,
  };
}

function toClaimSource(row: LinkRow): ClaimSource {
  return {
    source: toSource(row),
    stance: row.stance,
    excerpt: row.excerpt,
    note: row.link_note,
    tier: row.tier,
  };
}

function toClaim(row: ClaimRow, verdict: Verdict | null, sources: ClaimSource[]): Claim {
  return {
    id: row.id,
    articleId: row.article_id,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    anchoredVersion: row.anchored_version,
    anchorState: row.anchor_state,
    textChangedSinceVerdict: row.text_changed_since_verdict === 1,
    claimant: row.claimant,
    claimDate: row.claim_date,
    appearanceUrl: row.appearance_url,
    kind: row.kind,
    status: row.status,
    assignee: row.assignee,
    tags: JSON.parse(row.tags) as string[],
    notes: row.notes,
    verdict,
    sources,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createClaimStore(db: Database) {
  const claimColumns = `c.id, c.article_id, c.start, c."end", c.exact, c.prefix, c.suffix,
    c.anchored_version, c.anchor_state, c.text_changed_since_verdict, c.claimant, c.claim_date,
    c.appearance_url, c.kind, c.status, c.assignee, c.tags, c.notes, c.created_at, c.updated_at`;
  const linkColumns = `cs.claim_id, cs.stance, cs.excerpt, cs.note AS link_note, cs.tier, ${sourceColumns}`;

  const byId = db.prepare<[number], ClaimRow>(
    `SELECT ${claimColumns} FROM claims c WHERE c.id = ? AND c.deleted_at IS NULL`,
  );
  const byArticle = db.prepare<[number], ClaimRow>(
    `SELECT ${claimColumns} FROM claims c WHERE c.article_id = ? AND c.deleted_at IS NULL
     ORDER BY c.start, c."end" DESC, c.id`,
  );
  const deletedById = db.prepare<[number], { id: number; article_id: number }>(
    'SELECT id, article_id FROM claims WHERE id = ? AND deleted_at IS NOT NULL',
  );
  const verdictOf = db.prepare<[number], VerdictRow>('SELECT * FROM verdicts WHERE claim_id = ?');
  const verdictsOfArticle = db.prepare<[number], VerdictRow>(
    `SELECT v.* FROM verdicts v JOIN claims c ON c.id = v.claim_id WHERE c.article_id = ?`,
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
  const insert = db.prepare(
    `INSERT INTO claims (article_id, start, "end", exact, prefix, suffix, anchored_version,
       anchor_state, claimant, created_at, updated_at)
     VALUES (@articleId, @start, @end, @exact, @prefix, @suffix, @anchoredVersion, @anchorState,
       @claimant, @at, @at)`,
  );
  const setAnchor = db.prepare(
    `UPDATE claims SET start = @start, "end" = @end, exact = @exact, prefix = @prefix,
       suffix = @suffix, anchored_version = @anchoredVersion, anchor_state = @anchorState,
       text_changed_since_verdict = @textChangedSinceVerdict, updated_at = @at WHERE id = @id`,
  );
  const softDelete = db.prepare('UPDATE claims SET deleted_at = ?, updated_at = ? WHERE id = ?');
  const undelete = db.prepare('UPDATE claims SET deleted_at = NULL, updated_at = ? WHERE id = ?');
  const upsertVerdict = db.prepare(
    `INSERT INTO verdicts (claim_id, scale_id, rating_key, conclusion, checked_by, checked_at,
       article_version)
     VALUES (@claimId, @scaleId, @ratingKey, @conclusion, @checkedBy, @checkedAt, @articleVersion)
     ON CONFLICT (claim_id) DO UPDATE SET scale_id = excluded.scale_id,
       rating_key = excluded.rating_key, conclusion = excluded.conclusion,
       checked_by = excluded.checked_by, checked_at = excluded.checked_at,
       article_version = excluded.article_version`,
  );
  const clearVerdictFlag = db.prepare(
    'UPDATE claims SET text_changed_since_verdict = 0, updated_at = ? WHERE id = ?',
  );
  const deleteVerdict = db.prepare('DELETE FROM verdicts WHERE claim_id = ?');
  const versionJudged = db.prepare<[number, number], { n: number }>(
    `SELECT COUNT(*) AS n FROM verdicts v JOIN claims c ON c.id = v.claim_id
     WHERE c.article_id = ? AND v.article_version = ?`,
  );
  const scaleInUse = db.prepare<[string], { n: number }>(
    'SELECT COUNT(*) AS n FROM verdicts WHERE scale_id = ?',
  );

  function assemble(row: ClaimRow): Claim {
    const verdict = verdictOf.get(row.id);
    return toClaim(
      row,
      verdict ? toVerdict(verdict) : null,
      linksOf.all(row.id).map(toClaimSource),
    );
  }

  return {
    get(id: number): Claim | undefined {
      const row = byId.get(id);
      return row ? assemble(row) : undefined;
    },
    deletedArticleId(id: number): number | undefined {
      return deletedById.get(id)?.article_id;
    },
    listByArticle(articleId: number): Claim[] {
      const verdicts = new Map(verdictsOfArticle.all(articleId).map((v) => [v.claim_id, v]));
      const links = new Map<number, ClaimSource[]>();
      for (const row of linksOfArticle.all(articleId)) {
        const list = links.get(row.claim_id) ?? [];
        list.push(toClaimSource(row));
        links.set(row.claim_id, list);
      }
      return byArticle.all(articleId).map((row) => {
        const verdict = verdicts.get(row.id);
        return toClaim(row, verdict ? toVerdict(verdict) : null, links.get(row.id) ?? []);
      });
    },
    insert(articleId: number, anchor: ClaimAnchor, claimant: string, at: string): number {
      const result = insert.run({ articleId, ...anchor, claimant, at });
      return Number(result.lastInsertRowid);
    },
    setAnchor(
      id: number,
      anchor: ClaimAnchor & { textChangedSinceVerdict: boolean },
      at: string,
    ): void {
      setAnchor.run({
        id,
        ...anchor,
        textChangedSinceVerdict: anchor.textChangedSinceVerdict ? 1 : 0,
        at,
      });
    },
    update(id: number, patch: Partial<ClaimFields>, at: string): void {
      const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
      if (entries.length === 0) return;
      const assignments = entries.map(([key]) => `${fieldColumns[key as keyof ClaimFields]} = ?`);
      const values = entries.map(([key, value]) =>
        key === 'tags' ? JSON.stringify(value) : (value as string),
      );
      db.prepare(`UPDATE claims SET ${assignments.join(', ')}, updated_at = ? WHERE id = ?`).run(
        ...values,
        at,
        id,
      );
    },
    softDelete(id: number, at: string): void {
      softDelete.run(at, at, id);
    },
    restore(id: number, at: string): void {
      undelete.run(at, id);
    },
    setVerdict(claimId: number, verdict: Verdict, at: string): void {
      upsertVerdict.run({ claimId, ...verdict });
      clearVerdictFlag.run(at, claimId);
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
