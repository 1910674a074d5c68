import type { ReportClaim } from '../Report';
import type { LeftOutReason } from './ClaimReviewDocument';

/**
 * Whether a claim can be published as a ClaimReview, and if not why: it needs a rating, it must
 * stand in the current text (not orphaned), nothing about its place may be waiting for the
 * checker (a changed anchor, the status "Needs review"), and its verdict must have been given
 * on the words it now has. Null when it can be published.
 */
export function leftOutReason(claim: ReportClaim, textVersion: number): LeftOutReason | null {
  if (claim.rating.key === null || claim.verdict === null) return 'no-verdict';
  if (!claim.located) return 'not-in-text';
  if (claim.anchorState === 'changed' || claim.status === 'needs_review') return 'needs-review';
  if (claim.textChangedSinceVerdict || claim.verdict.articleVersion !== textVersion) {
    return 'verdict-on-other-text';
  }
  return null;
}

export const leftOutMessages: Record<LeftOutReason, string> = {
  'no-verdict': 'it has no rating yet',
  'not-in-text': 'it is not found in the current text',
  'needs-review': 'it needs review (its words changed, or its status is “Needs review”)',
  'verdict-on-other-text':
    'its verdict was given on an earlier version of the text; confirm it first',
};
