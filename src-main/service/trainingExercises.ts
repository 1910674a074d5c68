import { randomUUID } from 'node:crypto';
import { FactdeskError } from '../contract/errors';
import type { ExerciseFile } from '../core/training/ExerciseFile';
import { EXERCISE_FORMAT, EXERCISE_VERSION } from '../core/training/ExerciseFile';
import type { TrainingStore } from '../store/trainingStore';
import type { WorkbenchContext } from './WorkbenchContext';
import { keyText, requireArticle, requireKey } from './trainingKeys';
import { sha256 } from './sha256';
import { ArticleMeta, declaredFieldsOf } from '../core/model';

export interface ExerciseOptions {
  instructions?: string | undefined;
  timeLimitMinutes?: number | undefined;
}

/**
 * Builds the trainee's file field by field from the article's metadata, the key's text and
 * scale. Nothing is copied from the key's claims, verdicts, sources or notes, and neither the
 * methodology nor the corrections log goes in, because a trainer may write the answers there.
 */
export function exportExercise(
  ctx: WorkbenchContext,
  training: TrainingStore,
  articleId: number,
  options: ExerciseOptions,
): ExerciseFile {
  const article = requireArticle(ctx, articleId);
  const key = requireKey(training, articleId);
  if (!key.locked) {
    throw new FactdeskError(
      'conflict',
      `The key of article ${articleId} is unlocked; make it again (training.makeKey) before exporting an exercise`,
    );
  }
  const text = keyText(ctx, key);
  const exercise: ExerciseFile = {
    format: EXERCISE_FORMAT,
    version: EXERCISE_VERSION,
    exerciseId: randomUUID(),
    createdAt: ctx.now(),
    article: {
      ...declaredFieldsOf(ArticleMeta, article),
      text,
      textSha256: sha256(text),
    },
    instructions: options.instructions ?? '',
    timeLimitMinutes: options.timeLimitMinutes ?? null,
    scale: key.scale,
  };
  ctx.store.transaction(() => {
    training.addExercise({
      id: exercise.exerciseId,
      keyArticleId: articleId,
      instructions: exercise.instructions,
      timeLimitMinutes: exercise.timeLimitMinutes,
      createdAt: exercise.createdAt,
    });
    ctx.audit('article', articleId, 'training.exercise', null, {
      exerciseId: exercise.exerciseId,
      timeLimitMinutes: exercise.timeLimitMinutes,
    });
  });
  return exercise;
}
