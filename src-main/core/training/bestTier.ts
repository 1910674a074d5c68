/** The best tier among a claim's cited sources; null when none of them is on the key. */
export function bestTier(tiers: readonly number[]): number | null {
  return tiers.length === 0 ? null : Math.max(...tiers);
}
