import type { Migration } from './Migration';

/**
 * The fields a published ClaimReview needs that Factdesk did not record.
 * - Claims: `reviewed_as` (the claim in one sentence, ClaimReview's claimReviewed),
 *   `claimant_kind` (person or organization, `unknown` until the checker says), and the first
 *   appearance's title, outlet and date beside its existing URL (`appearance_url`). Empty
 *   values mean "not written": exports then use the sentence holding the claim and the
 *   article's own metadata.
 * - Articles: `fact_check_url` and `fact_check_published_at`, where and when the fact check is
 *   published (ClaimReview's url and datePublished).
 */
export const claimReviewFields: Migration = {
  version: 3,
  name: 'ClaimReview fields: claim as reviewed, claimant kind, first appearance, fact check page',
  up(db) {
    db.exec(`
      ALTER TABLE claims ADD COLUMN reviewed_as TEXT NOT NULL DEFAULT '';
      ALTER TABLE claims ADD COLUMN claimant_kind TEXT NOT NULL DEFAULT 'unknown'
        CHECK (claimant_kind IN ('unknown', 'person', 'organization'));
      ALTER TABLE claims ADD COLUMN appearance_title TEXT NOT NULL DEFAULT '';
      ALTER TABLE claims ADD COLUMN appearance_outlet TEXT NOT NULL DEFAULT '';
      ALTER TABLE claims ADD COLUMN appearance_date TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN fact_check_url TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN fact_check_published_at TEXT NOT NULL DEFAULT '';
    `);
  },
};
