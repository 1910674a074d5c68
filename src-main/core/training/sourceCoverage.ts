/** Tier 1 (weak) is the lowest a key gives an acceptable source; 0 marks a disallowed one. */
export const ACCEPTABLE_TIER = 1;

/**
 * Share of matched claims whose best cited tier is acceptable (≥ 1). Takes one best tier per
 * matched claim. Null when no claim was matched.
 */
export function sourceCoverage(bestTiers: readonly (number | null)[]): number | null {
  if (bestTiers.length === 0) return null;
  const covered = bestTiers.filter((tier) => tier !== null && tier >= ACCEPTABLE_TIER).length;
  return covered / bestTiers.length;
}
