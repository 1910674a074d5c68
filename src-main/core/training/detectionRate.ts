import type { ClaimPairing } from './pairClaims';

/** Share of trainees whose marks matched key claim `keyIndex` leniently; null with no trainees. */
export function detectionRate(keyIndex: number, pairings: readonly ClaimPairing[]): number | null {
  if (pairings.length === 0) return null;
  const found = pairings.filter((pairing) =>
    pairing.pairs.some((pair) => pair.keyIndex === keyIndex),
  ).length;
  return found / pairings.length;
}
