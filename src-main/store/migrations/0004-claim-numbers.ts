import type { Migration } from './Migration';

/**
 * Stable claim numbers and the anchoring review state.
 * - `claims.number`: a claim's number within its article, given when it is marked and never
 *   changed: one more than the highest number the article's claims have, deleted ones
 *   included (a deleted claim keeps its row), so a number is never used twice. Existing claims
 *   are numbered in the order they were marked (created_at, then id).
 * - `claims.moved_since_verdict`: the claim's words were found in another place after its
 *   verdict was given; the verdict stands but is flagged until the checker confirms it.
 * - `claims.anchor_review`: why re-anchoring or an import left the claim for the checker
 *   (ambiguous, lookalike, context), or NULL.
 */
export const claimNumbers: Migration = {
  version: 4,
  name: 'stable claim numbers, moved verdicts and anchor review reasons',
  up(db) {
    db.exec(`
      ALTER TABLE claims ADD COLUMN number INTEGER NOT NULL DEFAULT 0 CHECK (number >= 0);
      ALTER TABLE claims ADD COLUMN moved_since_verdict INTEGER NOT NULL DEFAULT 0
        CHECK (moved_since_verdict IN (0, 1));
      ALTER TABLE claims ADD COLUMN anchor_review TEXT
        CHECK (anchor_review IS NULL OR anchor_review IN ('ambiguous', 'lookalike', 'context'));

      UPDATE claims SET number = (
        SELECT ranked.n FROM (
          SELECT id, ROW_NUMBER() OVER (PARTITION BY article_id ORDER BY created_at, id) AS n
          FROM claims
        ) AS ranked WHERE ranked.id = claims.id
      );
      CREATE UNIQUE INDEX claims_number_in_article ON claims(article_id, number);
    `);
  },
};
