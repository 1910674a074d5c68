import { sameWords } from '../core/anchoring/index';
import { quoteSelectorAt } from '../core/anchoring/quoteSelectorAt';
import type { AnchorReview, AnchorState, Claim, ClaimAnchor, ClaimStatus } from '../core/model';
import type { WorkbenchContext } from './WorkbenchContext';

/** Where anchoring, or the checker, put a claim, and why it needs the checker if it does. */
export interface Placement {
  start: number;
  end: number;
  anchorState: AnchorState;
  review?: AnchorReview | null;
  /**
   * The checker chose this place for a claim that stood elsewhere, was lost, or waited for its
   * place to be checked: a verdict given before is then flagged as given in another place.
   */
  chosenElsewhere?: boolean;
}

/** A claim's place as planned for writing, with what its history and status must record. */
export interface AnchorPlan {
  claimId: number;
  anchor: ClaimAnchor;
  audit: { before: unknown; after: unknown } | null;
  /** The status to record as the one before `needs_review`, when the claim goes to review. */
  statusBefore: ClaimStatus | null;
  /** Anything but its place and anchor version changes: words, context, state, flags, status. */
  changedBeyondPlace: boolean;
}

/**
 * How a claim's new place is stored, for re-anchoring, the checker's reattaching and the
 * restoring of a deleted claim alike.
 */
export function claimAnchorWriter(ctx: WorkbenchContext) {
  const { store } = ctx;
  /**
   * What storing a claim's new place means, worked out without touching the store: the anchor
   * row, its audit entry, and whether it goes to review. A verdict is kept, but flagged when
   * the claim's words changed (or were lost) or when it moved, or was put by the checker, in
   * another place, until the checker confirms it. Changed, orphaned and reviewed placements put the claim in review.
   */
  const planAnchor = (
    claim: Claim,
    text: string,
    version: number,
    placed: Placement,
    keepSelector?: { exact: string; prefix: string; suffix: string },
  ): AnchorPlan => {
    const selector = keepSelector
      ? { exact: keepSelector.exact, prefix: keepSelector.prefix, suffix: keepSelector.suffix }
      : quoteSelectorAt(text, placed.start, placed.end);
    const ownTextChanged =
      placed.anchorState === 'orphaned' || !sameWords(selector.exact, claim.exact);
    const hasVerdict = claim.verdict !== null;
    const review = placed.review ?? null;
    const anchor = {
      start: placed.start,
      end: placed.end,
      ...selector,
      anchoredVersion: version,
      anchorState: placed.anchorState,
      anchorReview: review,
      textChangedSinceVerdict: claim.textChangedSinceVerdict || (hasVerdict && ownTextChanged),
      movedSinceVerdict:
        claim.movedSinceVerdict ||
        (hasVerdict &&
          (placed.anchorState === 'moved' || (placed.chosenElsewhere === true && !ownTextChanged))),
    };
    const moved =
      selector.exact !== claim.exact ||
      placed.anchorState !== claim.anchorState ||
      review !== claim.anchorReview;
    const needsReview =
      placed.anchorState === 'orphaned' || placed.anchorState === 'changed' || review !== null;
    const flagged =
      needsReview && claim.status !== 'needs_review' && (ownTextChanged || review !== null);
    // A claim put in review says so in its anchor row: the status is anchoring's doing, not the
    // checker's, so the checker's Undo never takes it back.
    const status = flagged ? { status: claim.status } : {};
    return {
      claimId: claim.id,
      anchor,
      audit:
        moved || flagged
          ? {
              before: {
                start: claim.start,
                end: claim.end,
                exact: claim.exact,
                anchorState: claim.anchorState,
                anchorReview: claim.anchorReview,
                ...status,
              },
              after: {
                start: anchor.start,
                end: anchor.end,
                exact: anchor.exact,
                anchorState: anchor.anchorState,
                anchorReview: review,
                ...(flagged ? { status: 'needs_review' } : {}),
              },
            }
          : null,
      statusBefore: flagged ? claim.status : null,
      changedBeyondPlace:
        flagged ||
        selector.exact !== claim.exact ||
        selector.prefix !== claim.prefix ||
        selector.suffix !== claim.suffix ||
        anchor.anchorState !== claim.anchorState ||
        review !== claim.anchorReview ||
        anchor.textChangedSinceVerdict !== claim.textChangedSinceVerdict ||
        anchor.movedSinceVerdict !== claim.movedSinceVerdict,
    };
  };

  /** Writes a planned anchor; run inside the transaction that checked nothing changed. */
  const applyAnchor = (plan: AnchorPlan): boolean => {
    const now = ctx.now();
    store.claims.setAnchor(plan.claimId, plan.anchor, plan.changedBeyondPlace ? now : null);
    if (plan.audit) ctx.audit('claim', plan.claimId, 'anchor', plan.audit.before, plan.audit.after);
    if (plan.statusBefore !== null)
      store.claims.update(plan.claimId, { status: 'needs_review' }, now);
    return plan.changedBeyondPlace;
  };

  const saveAnchor = (...args: Parameters<typeof planAnchor>) => applyAnchor(planAnchor(...args));
  return { planAnchor, applyAnchor, saveAnchor };
}
