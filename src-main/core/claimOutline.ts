import type { Claim, ClaimOutline, ClaimPlace } from './model';

/** A claim's outline (see ClaimOutline), as `claims.outline` lists it. */
export function claimOutline(claim: Claim): ClaimOutline {
  const { verdict } = claim;
  return {
    id: claim.id,
    articleId: claim.articleId,
    number: claim.number,
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    anchorState: claim.anchorState,
    anchorReview: claim.anchorReview,
    textChangedSinceVerdict: claim.textChangedSinceVerdict,
    movedSinceVerdict: claim.movedSinceVerdict,
    claimant: claim.claimant,
    status: claim.status,
    assignee: claim.assignee,
    verdict: verdict ? { scaleId: verdict.scaleId, ratingKey: verdict.ratingKey } : null,
  };
}

/** Where a claim is highlighted (see ClaimPlace), as `claims.places` lists it. */
export function claimPlace(claim: Claim | ClaimOutline): ClaimPlace {
  const { verdict } = claim;
  return {
    id: claim.id,
    start: claim.start,
    end: claim.end,
    anchorState: claim.anchorState,
    verdict: verdict ? { scaleId: verdict.scaleId, ratingKey: verdict.ratingKey } : null,
  };
}
