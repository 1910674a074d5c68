import type { TrainingScale } from './trainingInput';

export interface RatingCount {
  /** A key on the scale, or null for trainees who found the claim but gave no verdict. */
  ratingKey: string | null;
  count: number;
}

/** How many trainees chose each rating, in scale order, then "no verdict"; zeros included. */
export function verdictSpread(
  ratings: readonly (string | null)[],
  scale: TrainingScale,
): RatingCount[] {
  const ratingKeys: (string | null)[] = [...scale.map((rating) => rating.key), null];
  return ratingKeys.map((ratingKey) => ({
    ratingKey,
    count: ratings.filter((rating) => rating === ratingKey).length,
  }));
}
