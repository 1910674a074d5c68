import { claimStatuses } from '../core/model';
import type { ClaimStatus } from '../core/model';
import { needsReview } from '../core/needsReview';
import { verdictNeedsConfirming } from '../core/verdictNeedsConfirming';
import { requireClaim } from './claimHandlers';
import type { WorkbenchContext } from './WorkbenchContext';

const isStatus = (value: unknown): value is ClaimStatus =>
  typeof value === 'string' && (claimStatuses as readonly string[]).includes(value);

type StatusRow = { action: string; before: unknown; after: unknown };

const statusIn = (side: unknown): unknown =>
  side !== null && typeof side === 'object' && 'status' in side
    ? (side as { status: unknown }).status
    : undefined;

/** The claim's newest audit row that changed its status, if any. */
function lastStatusChange(ctx: WorkbenchContext, claimId: number): StatusRow | undefined {
  return ctx.store.audit
    .forEntity('claim', claimId)
    .findLast((entry) => statusIn(entry.after) !== undefined);
}

/**
 * Gives a claim back the status it had before re-anchoring sent it to review, once nothing about
 * it waits for the checker: it is on its words again (attached or moved, not changed or lost),
 * with no place left to check, and its verdict, if any, needs no confirming. Only when the last change of its status sent it
 * to review (an `anchor` audit row, or the Undo of a confirmation that had ended a review): a
 * status the checker chose is theirs to change. Records a `review.done` audit row; run inside
 * the transaction of the change that ended the review (`claims.reattach`, `verdicts.confirm`).
 */
export function returnFromReview(ctx: WorkbenchContext, claimId: number): void {
  const claim = requireClaim(ctx, claimId);
  const waiting = needsReview(claim) || verdictNeedsConfirming(claim);
  if (claim.status !== 'needs_review' || waiting) return;
  const change = lastStatusChange(ctx, claimId);
  if (change?.action !== 'anchor' && change?.action !== 'undo.verdict.confirm') return;
  const before = statusIn(change.before);
  if (!isStatus(before) || before === 'needs_review') return;
  ctx.store.claims.update(claimId, { status: before }, ctx.now());
  ctx.audit('claim', claimId, 'review.done', { status: 'needs_review' }, { status: before });
}

/**
 * The status to give a claim whose verdict's confirmation is undone: back in review when that
 * confirmation had ended its review (its status has not changed since), else its status as is.
 */
export function statusAfterUndoneConfirmation(ctx: WorkbenchContext, claimId: number): ClaimStatus {
  const claim = requireClaim(ctx, claimId);
  return lastStatusChange(ctx, claimId)?.action === 'review.done' ? 'needs_review' : claim.status;
}
