import { ordinalRanks } from './ordinalRanks';
import { quadraticWeightedKappa } from './quadraticWeightedKappa';
import type { TrainingScale } from './trainingInput';
import type { VerdictPair } from './verdictPair';

/** Below this many ordinal pairs κ swings too much from one claim to be worth reporting. */
export const KAPPA_MIN_CLAIMS = 20;

export type KappaUnavailableReason =
  'too few claims' | 'scale has fewer than two ordinal steps' | 'no expected disagreement';

export type KappaResult =
  { value: number; pairs: number } | { value: null; reason: KappaUnavailableReason; pairs: number };

/**
 * Quadratic-weighted κ between key and trainee over matched claims where both ratings are
 * ordinal (`pairs` counts those). Nominal ratings and missing verdicts are left out.
 */
export function verdictKappa(pairs: readonly VerdictPair[], scale: TrainingScale): KappaResult {
  const { rankOf, steps } = ordinalRanks(scale);
  const counts = Array.from({ length: steps }, () => Array.from({ length: steps }, () => 0));
  let ordinalPairs = 0;
  for (const pair of pairs) {
    const keyRank = rankOf(pair.keyRating);
    const traineeRank = rankOf(pair.traineeRating);
    const row = keyRank === null ? undefined : counts[keyRank];
    if (row === undefined || traineeRank === null) continue;
    row[traineeRank] = (row[traineeRank] ?? 0) + 1;
    ordinalPairs++;
  }
  if (ordinalPairs < KAPPA_MIN_CLAIMS) {
    return { value: null, reason: 'too few claims', pairs: ordinalPairs };
  }
  if (steps < 2) {
    return { value: null, reason: 'scale has fewer than two ordinal steps', pairs: ordinalPairs };
  }
  const value = quadraticWeightedKappa(counts);
  return value === null
    ? { value: null, reason: 'no expected disagreement', pairs: ordinalPairs }
    : { value, pairs: ordinalPairs };
}
