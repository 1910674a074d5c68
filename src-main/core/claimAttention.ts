import type { ClaimOutline } from './model';
import { verdictNeedsConfirming } from './verdictNeedsConfirming';

type AttentionFields = Pick<
  ClaimOutline,
  'anchorState' | 'anchorReview' | 'textChangedSinceVerdict' | 'movedSinceVerdict' | 'verdict'
>;

/**
 * What the checker must look at on a claim before trusting what the list shows, in a few plain
 * words, or null when nothing. The most urgent comes first: words not found, a place anchoring
 * could not choose, changed words, then a verdict given on other words or in another place.
 */
export function claimAttention(claim: AttentionFields): string | null {
  if (claim.anchorState === 'orphaned') return 'Words not found';
  if (claim.anchorReview !== null) return 'Place to check';
  if (claim.anchorState === 'changed') return 'Words changed';
  if (verdictNeedsConfirming(claim)) return 'Verdict to confirm';
  return null;
}
