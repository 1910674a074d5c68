import type { Claim } from '../model';
import { compareTextOrder } from '../anchoring/compareTextOrder';
import { isLocated } from './isLocated';

/**
 * Claims in reading order: by start, the outer of two claims sharing a start first, then by
 * number. Claims that cannot be found in the text (isLocated) come last, since they have no
 * place in it.
 * The order never renumbers a claim: each keeps its stored number (Claim.number).
 */
export function orderClaims(claims: readonly Claim[], text: string): Claim[] {
  const located = new Set(claims.filter((claim) => isLocated(claim, text)));
  return [...claims].sort(
    (a, b) => Number(located.has(b)) - Number(located.has(a)) || compareTextOrder(a, b),
  );
}
