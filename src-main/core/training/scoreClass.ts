import { detectionRate } from './detectionRate';
import { krippendorffAlpha } from './krippendorffAlpha';
import type { AlphaResult } from './krippendorffAlpha';
import { ordinalRanks } from './ordinalRanks';
import { pairClaims } from './pairClaims';
import type { AnswerKey, TraineeAttempt, TrainingScale } from './trainingInput';
import { verdictSpread } from './verdictSpread';
import type { RatingCount } from './verdictSpread';

export interface ClaimDifficulty {
  id: number;
  exact: string;
  detectionRate: number | null;
  verdictSpread: RatingCount[];
}

export interface ClassScore {
  /** Hardest first: lowest detection rate, then position in the text, then id. */
  claims: ClaimDifficulty[];
  /** Ordinal α among trainees over the key claims. */
  alpha: AlphaResult;
}

/**
 * How the class did on each key claim, and how far trainees agree with each other.
 *
 * For α the units are the key claims and the coders the trainees. A trainee's value for a
 * claim is the ordinal step of their verdict; it is missing when they did not find the claim,
 * gave no verdict, or chose a nominal rating. The key is not a coder: α measures the class's
 * consistency, κ per trainee measures agreement with the key.
 */
export function scoreClass(
  key: AnswerKey,
  attempts: readonly TraineeAttempt[],
  text: string,
  scale: TrainingScale,
): ClassScore {
  const { rankOf } = ordinalRanks(scale);
  const pairings = attempts.map((attempt) => pairClaims(text, key, attempt.claims));
  // ratingsFound[claim][trainee]: undefined when not found, null when found without a verdict.
  const ratingsFound = key.map((_, keyIndex) =>
    pairings.map((pairing, attemptIndex) => {
      const pair = pairing.pairs.find((candidate) => candidate.keyIndex === keyIndex);
      if (pair === undefined) return undefined;
      return attempts[attemptIndex]?.claims[pair.traineeIndex]?.ratingKey ?? null;
    }),
  );

  const claims = key.map((claim, keyIndex) => ({
    id: claim.id,
    exact: claim.exact,
    detectionRate: detectionRate(keyIndex, pairings),
    verdictSpread: verdictSpread(
      (ratingsFound[keyIndex] ?? []).filter((rating) => rating !== undefined),
      scale,
    ),
  }));
  const startOf = new Map(key.map((claim) => [claim.id, claim.start]));
  claims.sort(
    (a, b) =>
      (a.detectionRate ?? 0) - (b.detectionRate ?? 0) ||
      (startOf.get(a.id) ?? 0) - (startOf.get(b.id) ?? 0) ||
      a.id - b.id,
  );

  const units = ratingsFound.map((ratings) =>
    ratings.map((rating) => (rating === undefined ? null : rankOf(rating))),
  );
  return {
    claims,
    alpha: krippendorffAlpha(units, 'ordinal'),
  };
}
