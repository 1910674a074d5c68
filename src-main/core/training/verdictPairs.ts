import type { ClaimPairing } from './pairClaims';
import type { AnswerKey, TraineeAttempt } from './trainingInput';
import type { VerdictPair } from './verdictPair';

/** The key's and the trainee's ratings for each matched claim, in key order. */
export function verdictPairs(
  key: AnswerKey,
  attempt: TraineeAttempt,
  pairing: ClaimPairing,
): VerdictPair[] {
  return pairing.pairs.map((pair) => ({
    keyRating: key[pair.keyIndex]?.ratingKey ?? null,
    traineeRating: attempt.claims[pair.traineeIndex]?.ratingKey ?? null,
  }));
}
