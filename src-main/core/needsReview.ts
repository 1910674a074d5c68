import type { ClaimOutline } from './model';

/**
 * Whether a claim waits for the checker: its words changed in a new version, or could not be
 * found at all. Factdesk never decides for the checker where such a claim belongs.
 */
export function needsReview(claim: Pick<ClaimOutline, 'anchorState'>): boolean {
  return claim.anchorState === 'orphaned' || claim.anchorState === 'changed';
}
