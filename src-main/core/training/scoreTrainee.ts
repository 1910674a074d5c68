import { bestTier } from './bestTier';
import { citedTiers } from './citedTiers';
import { disallowedCited } from './disallowedCited';
import { offByOneRate } from './offByOneRate';
import { pairClaims } from './pairClaims';
import { scoreSpans } from './scoreSpans';
import type { SpanScores } from './scoreSpans';
import { sourceCoverage } from './sourceCoverage';
import type { AnswerKey, TraineeAttempt, TrainingScale } from './trainingInput';
import { verdictAccuracy } from './verdictAccuracy';
import { verdictConfusion } from './verdictConfusion';
import type { VerdictConfusion } from './verdictConfusion';
import { verdictKappa } from './verdictKappa';
import type { KappaResult } from './verdictKappa';
import { verdictPairs } from './verdictPairs';

export interface ClaimBestTier {
  claimId: number;
  /** Best key tier among the sources cited on this claim; null when none is on the key. */
  tier: number | null;
}

export interface TraineeScore extends SpanScores {
  name: string;
  verdictAccuracy: number | null;
  offByOneRate: number | null;
  confusion: VerdictConfusion;
  kappa: KappaResult;
  sourceCoverage: number | null;
  /** One entry per key claim the trainee found, in key order. */
  bestTiers: ClaimBestTier[];
  disallowedCited: number;
  secondsTaken: number;
}

/**
 * Scores one attempt against the key. Verdict and source metrics look only at the claims the
 * trainee found (lenient matches). Expects input already checked by findTrainingInputIssues.
 */
export function scoreTrainee(
  key: AnswerKey,
  attempt: TraineeAttempt,
  text: string,
  scale: TrainingScale,
): TraineeScore {
  const pairing = pairClaims(text, key, attempt.claims);
  const verdicts = verdictPairs(key, attempt, pairing);
  const tiersPerClaim = pairing.pairs.map((pair) =>
    citedTiers(key[pair.keyIndex]?.sources ?? [], attempt.claims[pair.traineeIndex]?.sources ?? []),
  );
  const bestTiers = pairing.pairs.map((pair, index) => ({
    claimId: key[pair.keyIndex]?.id ?? 0,
    tier: bestTier(tiersPerClaim[index] ?? []),
  }));

  return {
    name: attempt.trainee,
    ...scoreSpans(pairing),
    verdictAccuracy: verdictAccuracy(verdicts),
    offByOneRate: offByOneRate(verdicts, scale),
    confusion: verdictConfusion(verdicts, scale),
    kappa: verdictKappa(verdicts, scale),
    sourceCoverage: sourceCoverage(bestTiers.map((entry) => entry.tier)),
    bestTiers,
    disallowedCited: disallowedCited(tiersPerClaim),
    secondsTaken: attempt.secondsTaken,
  };
}
