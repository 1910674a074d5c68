import type { ClaimOutline } from './model';

/**
 * Whether a claim waits for the checker: its words changed in a new version or an edit, could
 * not be found at all, or were found in a place whose surroundings leave where it belongs to
 * be checked (`anchorReview`). Factdesk never decides for the checker where such a claim
 * belongs. The one rule for the review queue, its counts (the library's is the same rule in
 * SQL, articleStore's review_count), Alt+F8 and re-anchoring (keepInReview).
 */
export function needsReview(claim: Pick<ClaimOutline, 'anchorState' | 'anchorReview'>): boolean {
  return (
    claim.anchorState === 'orphaned' ||
    claim.anchorState === 'changed' ||
    claim.anchorReview !== null
  );
}
