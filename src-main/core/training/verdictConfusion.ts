import type { TrainingScale } from './trainingInput';
import type { VerdictPair } from './verdictPair';

export interface VerdictConfusion {
  /** Row and column labels: the scale's keys in order, then null for "no verdict". */
  ratings: (string | null)[];
  /** counts[row][column]: row is the key's rating, column the trainee's. */
  counts: number[][];
}

/** "No verdict" is a null label rather than a "none" key, which a scale may use itself. */
export function verdictConfusion(
  pairs: readonly VerdictPair[],
  scale: TrainingScale,
): VerdictConfusion {
  const ratings: (string | null)[] = [...scale.map((rating) => rating.key), null];
  const counts = ratings.map(() => ratings.map(() => 0));
  for (const pair of pairs) {
    const row = counts[ratings.indexOf(pair.keyRating)];
    const column = ratings.indexOf(pair.traineeRating);
    if (row === undefined || column < 0) {
      throw new RangeError(`rating ${pair.keyRating} or ${pair.traineeRating} is not on the scale`);
    }
    row[column] = (row[column] ?? 0) + 1;
  }
  return { ratings, counts };
}
