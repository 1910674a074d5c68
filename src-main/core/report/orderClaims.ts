import type { Claim } from '../model';
import { compareTextOrder } from '../anchoring/compareTextOrder';
import { isLocated } from './isLocated';

/**
 * Claims in reading order, which is also their numbering: by start, the outer of two claims
 * sharing a start first, then by id so that numbers are stable between exports. Claims that
 * cannot be found in the text come last, since they have no place in it; footnote-numbering
 * viewers (GitHub, Pandoc) then agree with the claim numbers.
 */
export function orderClaims(claims: readonly Claim[], textLength: number): Claim[] {
  const located = new Set(claims.filter((claim) => isLocated(claim, textLength)));
  return [...claims].sort(
    (a, b) => Number(located.has(b)) - Number(located.has(a)) || compareTextOrder(a, b),
  );
}
