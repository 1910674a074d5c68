import type { Claim, ClaimOutline } from './model';

/** A claim's outline (see ClaimOutline), as `claims.outline` lists it. */
export function claimOutline(claim: Claim): ClaimOutline {
  const { id, articleId, start, end, exact, anchorState, claimant, status, assignee, verdict } =
    claim;
  return {
    id,
    articleId,
    start,
    end,
    exact,
    anchorState,
    claimant,
    status,
    assignee,
    verdict: verdict ? { scaleId: verdict.scaleId, ratingKey: verdict.ratingKey } : null,
  };
}
