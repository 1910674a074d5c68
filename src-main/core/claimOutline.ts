import type { Claim, ClaimOutline, ClaimPlace } from './model';

/** Which rating a claim has, without the reasoning: what outlines and places carry. */
function ratingOf({ verdict }: Pick<Claim | ClaimOutline, 'verdict'>): ClaimOutline['verdict'] {
  return verdict ? { scaleId: verdict.scaleId, ratingKey: verdict.ratingKey } : null;
}

/** A claim's outline (see ClaimOutline), as `claims.outline` lists it. */
export function claimOutline(claim: Claim): ClaimOutline {
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
    verdict: ratingOf(claim),
  };
}

/** Where a claim is highlighted (see ClaimPlace), as `claims.places` lists it. */
export function claimPlace(claim: Claim | ClaimOutline): ClaimPlace {
  return {
    id: claim.id,
    start: claim.start,
    end: claim.end,
    anchorState: claim.anchorState,
    verdict: ratingOf(claim),
  };
}
