import type { ClaimOutline } from './model';

type StandingFields = Pick<ClaimOutline, 'textChangedSinceVerdict' | 'movedSinceVerdict'> & {
  verdict: unknown;
};

/**
 * Whether a claim's verdict waits for the checker to confirm it before it is published: the
 * claim has a verdict, and since it was given the claim's own words changed (or were lost), or
 * the claim was moved or attached to another place. Re-anchoring and `claims.reattach` set these
 * flags; `verdicts.confirm` clears them. A new version of the article alone does not: words
 * carried across unchanged keep their verdict publishable, whatever version it names.
 * The one rule for the claims list, the inspector, the transparency check, the report and
 * ClaimReview.
 */
export function verdictNeedsConfirming(claim: StandingFields): boolean {
  return (
    claim.verdict !== null &&
    claim.verdict !== undefined &&
    (claim.textChangedSinceVerdict || claim.movedSinceVerdict)
  );
}
