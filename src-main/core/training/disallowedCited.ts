/**
 * Number of tier-0 citations over the matched claims, given each claim's cited tiers. A
 * disallowed source cited on two claims counts twice; cited twice on one claim, once.
 */
export function disallowedCited(tiersPerClaim: readonly (readonly number[])[]): number {
  return tiersPerClaim.reduce((sum, tiers) => sum + tiers.filter((tier) => tier === 0).length, 0);
}
