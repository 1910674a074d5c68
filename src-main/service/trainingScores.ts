import { FactdeskError } from '../contract/errors';
import type { AttemptFile } from '../core/training/AttemptFile';
import type { Debrief } from '../core/training/Debrief';
import { TrainingInputError } from '../core/training/TrainingInputError';
import { buildDebrief } from '../core/training/buildDebrief';
import type { TrainingScores } from '../core/training/scoreTraining';
import { scoreTraining } from '../core/training/scoreTraining';
import type { TrainingScale } from '../core/training/trainingInput';
import type { StoredKey, TrainingStore } from '../store/trainingStore';
import type { WorkbenchContext } from './WorkbenchContext';
import { keyText, requireArticle, requireKey } from './trainingKeys';
import { sha256 } from './sha256';

/**
 * Refuses attempts that cannot be scored fairly against this key: made for an exercise that
 * did not come from it, or on another text. Every problem is listed, one issue per field.
 */
function checkAttemptsBelongToKey(
  training: TrainingStore,
  key: StoredKey,
  textSha256: string,
  attempts: readonly AttemptFile[],
): void {
  const issues: { path: string; message: string }[] = [];
  attempts.forEach((attempt, index) => {
    const exercise = training.exercise(attempt.exerciseId);
    if (!exercise || exercise.keyArticleId !== key.articleId) {
      issues.push({
        path: `attempts.${index}.exerciseId`,
        message: `${attempt.trainee}’s attempt is for an exercise that was not exported from the key of article ${key.articleId}`,
      });
    }
    if (attempt.textSha256 !== textSha256) {
      issues.push({
        path: `attempts.${index}.textSha256`,
        message: `${attempt.trainee}’s attempt was made on a different text from the key’s`,
      });
    }
  });
  const first = issues[0];
  if (first) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new FactdeskError('invalid_input', `${first.path}: ${first.message}${more}`, issues);
  }
}

export interface ScoredSession {
  key: StoredKey;
  text: string;
  scores: TrainingScores;
}

export function scoreSession(
  ctx: WorkbenchContext,
  training: TrainingStore,
  keyArticleId: number,
  attempts: readonly AttemptFile[],
): ScoredSession {
  requireArticle(ctx, keyArticleId);
  const key = requireKey(training, keyArticleId);
  const text = keyText(ctx, key);
  checkAttemptsBelongToKey(training, key, sha256(text), attempts);
  const scale: TrainingScale = key.scale.ratings.map((rating) => ({
    key: rating.key,
    value: rating.value,
  }));
  try {
    return { key, text, scores: scoreTraining(key.claims, attempts, text, scale) };
  } catch (error) {
    if (error instanceof TrainingInputError) {
      const issues = error.issues.map((issue) => ({
        path: issue.path.replace(/\[(\d+)\]/g, '.$1'),
        message: issue.message,
      }));
      throw new FactdeskError('invalid_input', error.message, issues);
    }
    throw error;
  }
}

export function debriefOf(
  ctx: WorkbenchContext,
  training: TrainingStore,
  keyArticleId: number,
  attempts: readonly AttemptFile[],
  anonymise: boolean,
): Debrief {
  const { key, text, scores } = scoreSession(ctx, training, keyArticleId, attempts);
  const article = requireArticle(ctx, keyArticleId);
  return buildDebrief({
    article,
    text,
    key: key.claims,
    scale: key.scale,
    scores,
    timeLimits: attempts.map((attempt) => attempt.timeLimitMinutes),
    anonymise,
    generatedAt: ctx.now(),
    appVersion: ctx.appVersion,
  });
}
