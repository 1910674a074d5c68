import { verdictNeedsConfirming } from '../../verdictNeedsConfirming';
import type { ReportClaim } from '../Report';
import type { LeftOutReason } from './ClaimReviewDocument';

/**
 * Whether a claim can be published as a ClaimReview, and if not why: it needs a rating, it must
 * stand in the current text (not orphaned), nothing about its place may be waiting for the
 * checker (a changed anchor, the status "Needs review"), and its verdict must not wait to be
 * confirmed (verdictNeedsConfirming). Null when it can be published.
 */
export function leftOutReason(claim: ReportClaim): LeftOutReason | null {
  if (claim.rating.key === null || claim.verdict === null) return 'no-verdict';
  if (!claim.located) return 'not-in-text';
  if (claim.anchorState === 'changed' || claim.status === 'needs_review') return 'needs-review';
  if (verdictNeedsConfirming(claim)) return 'verdict-on-other-text';
  return null;
}

export const leftOutMessages: Record<LeftOutReason, string> = {
  'no-verdict': 'it has no rating yet',
  'not-in-text': 'it is not found in the current text',
  'needs-review':
    'it needs review: its new words wait to be accepted (“Keep the new words” in the review queue), or its status is still “Needs review” (set the status once it is checked)',
  'verdict-on-other-text':
    'its verdict was given on other words or in another place; confirm it first',
};
