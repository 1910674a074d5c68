import { findTrainingInputIssues } from './findTrainingInputIssues';
import { scoreClass } from './scoreClass';
import type { ClaimDifficulty } from './scoreClass';
import { scoreTrainee } from './scoreTrainee';
import type { TraineeScore } from './scoreTrainee';
import type { AlphaResult } from './krippendorffAlpha';
import type { AnswerKey, TraineeAttempt, TrainingScale } from './trainingInput';
import { TrainingInputError } from './TrainingInputError';

/** What `factdesk training score --json` prints. */
export interface TrainingScores {
  trainees: TraineeScore[];
  claims: ClaimDifficulty[];
  alpha: AlphaResult;
}

/**
 * Scores a class: every attempt against the key, then per-claim difficulty and agreement
 * among trainees. Inputs must already have passed the zod schemas; this adds the checks that
 * need the text and scale and throws TrainingInputError listing every problem found.
 */
export function scoreTraining(
  key: AnswerKey,
  attempts: readonly TraineeAttempt[],
  text: string,
  scale: TrainingScale,
): TrainingScores {
  const issues = findTrainingInputIssues(key, attempts, text, scale);
  if (issues.length > 0) throw new TrainingInputError(issues);
  const { claims, alpha } = scoreClass(key, attempts, text, scale);
  return {
    trainees: attempts.map((attempt) => scoreTrainee(key, attempt, text, scale)),
    claims,
    alpha,
  };
}
