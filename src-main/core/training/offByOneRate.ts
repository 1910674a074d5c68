import { ordinalRanks } from './ordinalRanks';
import type { TrainingScale } from './trainingInput';
import type { VerdictPair } from './verdictPair';

/**
 * Among matched claims where both ratings are ordinal, the share within one step of the key
 * (exact agreement included). Null when no such pair exists.
 */
export function offByOneRate(pairs: readonly VerdictPair[], scale: TrainingScale): number | null {
  const { rankOf } = ordinalRanks(scale);
  let comparable = 0;
  let withinOne = 0;
  for (const pair of pairs) {
    const keyRank = rankOf(pair.keyRating);
    const traineeRank = rankOf(pair.traineeRating);
    if (keyRank === null || traineeRank === null) continue;
    comparable++;
    if (Math.abs(keyRank - traineeRank) <= 1) withinOne++;
  }
  return comparable === 0 ? null : withinOne / comparable;
}
