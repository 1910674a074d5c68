import type { Database } from 'better-sqlite3';
import type { FactCheck, FactCheckFields } from '../core/factchecks/FactCheck';

interface FactCheckRow {
  id: number;
  review_url: string;
  claim_text: string;
  claimant: string;
  claim_date: string;
  reviewer: string;
  reviewer_url: string;
  textual_rating: string;
  title: string;
  language: string;
  review_date: string;
  imported_at: string;
  updated_at: string;
}

function toFactCheck(row: FactCheckRow): FactCheck {
  return {
    id: row.id,
    reviewUrl: row.review_url,
    claimText: row.claim_text,
    claimant: row.claimant,
    claimDate: row.claim_date,
    reviewer: row.reviewer,
    reviewerUrl: row.reviewer_url,
    textualRating: row.textual_rating,
    title: row.title,
    language: row.language,
    reviewDate: row.review_date,
    importedAt: row.imported_at,
    updatedAt: row.updated_at,
  };
}

/**
 * What makes two reviews the same: the review URL (scheme and host in any case, a default port
 * or escaping written either way; a fragment names another review) and the claim reviewed (case
 * and spacing aside). A page that reviews several claims gives each of its ClaimReviews the
 * page's URL, as Factdesk's own export does: by URL alone they would replace one another.
 */
export function reviewKey(url: string, claimText: string): string {
  let address = url.trim();
  try {
    address = new URL(address).href;
  } catch {
    // Kept as written: the feed reader has checked it is a web address.
  }
  return `${address}\n${claimText.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

export function createFactCheckStore(db: Database) {
  const byId = db.prepare<[number], FactCheckRow>('SELECT * FROM fact_checks WHERE id = ?');
  const byKey = db.prepare<[string], { id: number }>(
    'SELECT id FROM fact_checks WHERE review_key = ?',
  );
  const insert = db.prepare(
    `INSERT INTO fact_checks (review_url, review_key, claim_text, claimant, claim_date,
       reviewer, reviewer_url, textual_rating, title, language, review_date, imported_at,
       updated_at)
     VALUES (@reviewUrl, @key, @claimText, @claimant, @claimDate, @reviewer, @reviewerUrl,
       @textualRating, @title, @language, @reviewDate, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE fact_checks SET review_url = @reviewUrl, claim_text = @claimText,
       claimant = @claimant, claim_date = @claimDate, reviewer = @reviewer,
       reviewer_url = @reviewerUrl, textual_rating = @textualRating, title = @title,
       language = @language, review_date = @reviewDate, updated_at = @at
     WHERE id = @id`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM fact_checks');

  return {
    get(id: number): FactCheck | undefined {
      const row = byId.get(id);
      return row ? toFactCheck(row) : undefined;
    },
    /** Inserts the review, or replaces the same one (see reviewKey); says which. */
    upsert(fields: FactCheckFields, at: string): { id: number; created: boolean } {
      const key = reviewKey(fields.reviewUrl, fields.claimText);
      const existing = byKey.get(key);
      if (existing) {
        update.run({ ...fields, id: existing.id, at });
        return { id: existing.id, created: false };
      }
      return { id: Number(insert.run({ ...fields, key, at }).lastInsertRowid), created: true };
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
  };
}

export type FactCheckStore = ReturnType<typeof createFactCheckStore>;
