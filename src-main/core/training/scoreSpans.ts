import type { ClaimPairing } from './pairClaims';
import { precisionRecallF1 } from './precisionRecallF1';
import type { PrecisionRecallF1 } from './precisionRecallF1';

export interface SpanScores {
  strict: PrecisionRecallF1;
  lenient: PrecisionRecallF1;
  /** Pairs with equal trimmed boundaries. */
  correct: number;
  /** Pairs that match leniently but not strictly. */
  partial: number;
  /** Key claims no trainee span matches leniently. */
  missed: number;
  /** Trainee spans that match no key claim leniently. */
  spurious: number;
}

export function scoreSpans(pairing: ClaimPairing): SpanScores {
  const { pairs, keyCount, traineeCount } = pairing;
  const correct = pairs.filter((pair) => pair.strict).length;
  const partial = pairs.length - correct;
  return {
    strict: precisionRecallF1(correct, traineeCount, keyCount),
    lenient: precisionRecallF1(pairs.length, traineeCount, keyCount),
    correct,
    partial,
    missed: keyCount - pairs.length,
    spurious: traineeCount - pairs.length,
  };
}
