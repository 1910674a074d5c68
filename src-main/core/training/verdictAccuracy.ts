import type { VerdictPair } from './verdictPair';

/**
 * Share of matched claims where the trainee chose the key's rating. Claims the key leaves
 * without a verdict are not counted; a trainee who gave no verdict is wrong. Null when no
 * claim can be counted.
 */
export function verdictAccuracy(pairs: readonly VerdictPair[]): number | null {
  const judged = pairs.filter((pair) => pair.keyRating !== null);
  if (judged.length === 0) return null;
  return judged.filter((pair) => pair.traineeRating === pair.keyRating).length / judged.length;
}
