import { FactdeskError, invalid } from '../contract/errors';
import type { RatingScale } from '../core/model';
import { ArticleMeta, declaredFieldsOf } from '../core/model';
import type { AttemptFile } from '../core/training/AttemptFile';
import { ATTEMPT_FORMAT, ATTEMPT_VERSION } from '../core/training/AttemptFile';
import type { ExerciseFile } from '../core/training/ExerciseFile';
import type { TrainingStore } from '../store/trainingStore';
import type { WorkbenchContext } from './WorkbenchContext';
import { allScales } from './scaleHandlers';
import { requireArticle } from './trainingKeys';
import { sha256 } from './sha256';

const sameRatings = (a: RatingScale, b: RatingScale): boolean =>
  a.ratings.map((r) => `${r.key}=${r.value}`).join() ===
  b.ratings.map((r) => `${r.key}=${r.value}`).join();

/**
 * The trainee's machine may not know the trainer's custom scale, so it is added; a different
 * scale under the same id is refused rather than overwritten, because it may hold verdicts.
 */
function installScale(ctx: WorkbenchContext, scale: RatingScale): void {
  const known = allScales(ctx.store).find((candidate) => candidate.id === scale.id);
  if (known && !sameRatings(known, scale)) {
    throw new FactdeskError(
      'conflict',
      `This computer already has a different rating scale called “${scale.id}”. Rename it in Preferences, then open the exercise again.`,
    );
  }
  if (!known) {
    const custom = { id: scale.id, name: scale.name, kind: scale.kind, ratings: scale.ratings };
    ctx.store.scales.save(custom, ctx.now());
    ctx.audit('scale', 0, 'create', null, { ...custom, builtin: false });
  }
}

export interface StartedAttempt {
  articleId: number;
  exerciseId: string;
  trainee: string;
  startedAt: string;
  scaleSwitched: boolean;
}

/**
 * Opens an exercise as a new article marked as this trainee's attempt. Verdicts are recorded
 * on the default scale, so the exercise's scale becomes the default for the attempt to count.
 */
export function startAttempt(
  ctx: WorkbenchContext,
  training: TrainingStore,
  exercise: ExerciseFile,
  trainee: string,
): StartedAttempt {
  const { article } = exercise;
  if (sha256(article.text) !== article.textSha256) {
    throw invalid(
      'exercise.article.textSha256',
      'does not match the article text: the exercise file was changed or damaged; ask the trainer for a fresh copy',
    );
  }
  return ctx.store.transaction(() => {
    installScale(ctx, exercise.scale);
    const startedAt = ctx.now();
    const meta = declaredFieldsOf(ArticleMeta, article);
    // The text is stored exactly as received: offsets in the attempt must match the key's.
    const articleId = ctx.store.articles.insert(meta, article.text, article.textSha256, startedAt);
    training.addAttempt({
      articleId,
      exerciseId: exercise.exerciseId,
      trainee,
      instructions: exercise.instructions,
      timeLimitMinutes: exercise.timeLimitMinutes,
      scaleId: exercise.scale.id,
      textSha256: article.textSha256,
      startedAt,
    });
    ctx.audit('article', articleId, 'training.start', null, {
      ...meta,
      exerciseId: exercise.exerciseId,
      trainee,
    });
    const preferences = ctx.preferences();
    const scaleSwitched = preferences.defaultScaleId !== exercise.scale.id;
    if (scaleSwitched) {
      const after = { ...preferences, defaultScaleId: exercise.scale.id };
      ctx.store.settings.set('preferences', after);
      ctx.audit('preferences', 0, 'update', preferences, after);
    }
    return { articleId, exerciseId: exercise.exerciseId, trainee, startedAt, scaleSwitched };
  });
}

/** The attempt file: what the trainee marked, rated and cited, and how long it took. */
export function submitAttempt(
  ctx: WorkbenchContext,
  training: TrainingStore,
  articleId: number,
): AttemptFile {
  const attempt = training.attempt(articleId);
  if (!attempt) {
    throw invalid(
      'articleId',
      `article ${articleId} is not an exercise attempt; open the exercise file first (training.start)`,
    );
  }
  const article = requireArticle(ctx, articleId);
  if (sha256(article.text) !== attempt.textSha256) {
    throw new FactdeskError(
      'conflict',
      `The exercise text was edited (it is now version ${article.version}). Attempts are scored against the original text, so put the text back as it was before submitting.`,
    );
  }
  const claims = ctx.store.claims.listByArticle(articleId);
  const offScale = claims.find(
    (claim) =>
      claim.verdict !== null &&
      claim.verdict.ratingKey !== null &&
      claim.verdict.scaleId !== attempt.scaleId,
  );
  if (offScale?.verdict) {
    throw invalid(
      'articleId',
      `the verdict on “${offScale.exact.slice(0, 60)}” uses the scale “${offScale.verdict.scaleId}”, but the exercise uses “${attempt.scaleId}”; set it again`,
    );
  }
  const submittedAt = ctx.now();
  const secondsTaken = Math.max(
    0,
    Math.round((Date.parse(submittedAt) - Date.parse(attempt.startedAt)) / 1000),
  );
  ctx.store.transaction(() => {
    training.markSubmitted(articleId, submittedAt);
    ctx.audit('article', articleId, 'training.submit', null, {
      claims: claims.length,
      secondsTaken,
    });
  });
  return {
    format: ATTEMPT_FORMAT,
    version: ATTEMPT_VERSION,
    exerciseId: attempt.exerciseId,
    trainee: attempt.trainee,
    textSha256: attempt.textSha256,
    startedAt: attempt.startedAt,
    submittedAt,
    secondsTaken,
    timeLimitMinutes: attempt.timeLimitMinutes,
    claims: claims.map((claim) => ({
      start: claim.start,
      end: claim.end,
      exact: article.text.slice(claim.start, claim.end),
      ratingKey: claim.verdict?.ratingKey ?? null,
      sources: claim.sources
        .map((link) => link.source.url.trim())
        .filter((url) => url !== '')
        .map((url) => ({ url })),
    })),
  };
}
