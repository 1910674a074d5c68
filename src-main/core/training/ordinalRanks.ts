import type { TrainingScale } from './trainingInput';

export interface OrdinalRanks {
  /** Rank 0, 1, 2, … of a rating by ascending value; null for nominal or unknown ratings. */
  rankOf(ratingKey: string | null): number | null;
  /** Number of distinct ordinal steps on the scale. */
  steps: number;
}

/**
 * Ordinal metrics work on steps, not raw values: ratings with equal values are one step, and
 * a scale valued 0, 50, 100 has steps 0, 1, 2. On the usual scales with consecutive integer
 * values (ClaimReview's 1…5) a step difference equals the value difference.
 */
export function ordinalRanks(scale: TrainingScale): OrdinalRanks {
  const values = [
    ...new Set(scale.flatMap((rating) => (rating.value === null ? [] : [rating.value]))),
  ].sort((a, b) => a - b);
  const rankByKey = new Map<string, number>();
  for (const rating of scale) {
    if (rating.value !== null) rankByKey.set(rating.key, values.indexOf(rating.value));
  }
  return {
    rankOf: (ratingKey) => (ratingKey === null ? null : (rankByKey.get(ratingKey) ?? null)),
    steps: values.length,
  };
}
