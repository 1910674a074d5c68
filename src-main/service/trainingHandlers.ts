import type { Handlers } from '../contract/methods';
import { FactdeskError, invalid } from '../contract/errors';
import type { trainingMethods } from '../contract/trainingMethods';
import { renderDebriefCsv } from '../core/training/renderDebriefCsv';
import { renderDebriefHtml } from '../core/training/renderDebriefHtml';
import { createTrainingStore } from '../store/trainingStore';
import type { WorkbenchContext } from './WorkbenchContext';
import { renderedFile } from './renderedFile';
import { startAttempt, submitAttempt } from './trainingAttempts';
import { exportExercise } from './trainingExercises';
import { keyView, makeKey, requireArticle, requireKey } from './trainingKeys';
import { debriefOf, scoreSession } from './trainingScores';
import { fileNameStem } from '../core/text/fileNameStem';

/** A file name from the title: letters, digits and dashes only, so any file system takes it. */
function fileStem(title: string): string {
  return `debrief-${fileNameStem(title, 60, 'any') || 'article'}`;
}

export function trainingHandlers(
  ctx: WorkbenchContext,
): Pick<Handlers, keyof typeof trainingMethods> {
  const training = createTrainingStore(ctx.store.db);
  const { store } = ctx;

  return {
    'training.status': ({ articleId }) => {
      requireArticle(ctx, articleId);
      const key = training.key(articleId);
      const attempt = training.attempt(articleId);
      return {
        key: key
          ? { locked: key.locked, lockedAt: key.lockedAt, claimCount: key.claims.length }
          : null,
        attempt: attempt
          ? {
              articleId: attempt.articleId,
              exerciseId: attempt.exerciseId,
              trainee: attempt.trainee,
              instructions: attempt.instructions,
              timeLimitMinutes: attempt.timeLimitMinutes,
              scaleId: attempt.scaleId,
              startedAt: attempt.startedAt,
              submittedAt: attempt.submittedAt,
            }
          : null,
      };
    },
    'training.makeKey': ({ articleId }) =>
      store.transaction(() => keyView(ctx, makeKey(ctx, training, articleId))),
    'training.getKey': ({ articleId }) => {
      requireArticle(ctx, articleId);
      return keyView(ctx, requireKey(training, articleId));
    },
    'training.setReasoning': ({ articleId, claimId, reasoning }) =>
      store.transaction(() => {
        const before = requireKey(training, articleId).claims.find((c) => c.id === claimId);
        if (!before || !training.setReasoning(articleId, claimId, reasoning)) {
          throw invalid('claimId', `claim ${claimId} is not in the key of article ${articleId}`);
        }
        ctx.audit('claim', claimId, 'training.reasoning', before.reasoning, reasoning);
        return keyView(ctx, requireKey(training, articleId));
      }),
    'training.unlockKey': ({ articleId }) =>
      store.transaction(() => {
        const key = requireKey(training, articleId);
        if (key.locked) {
          training.setLocked(articleId, false);
          ctx.audit('article', articleId, 'training.unlock', { locked: true }, { locked: false });
        }
        return keyView(ctx, requireKey(training, articleId));
      }),
    'training.exportExercise': ({ articleId, instructions, timeLimitMinutes }) =>
      exportExercise(ctx, training, articleId, { instructions, timeLimitMinutes }),
    'training.start': ({ exercise, trainee }) => startAttempt(ctx, training, exercise, trainee),
    'training.submit': ({ articleId }) => submitAttempt(ctx, training, articleId),
    'training.score': ({ keyArticleId, attempts }) =>
      scoreSession(ctx, training, keyArticleId, attempts).scores,
    'training.reveal': ({ keyArticleId, attempts, anonymise }) =>
      debriefOf(ctx, training, keyArticleId, attempts, anonymise ?? false),
    'training.debrief': async ({ keyArticleId, attempts, format, anonymise }) => {
      const debrief = debriefOf(ctx, training, keyArticleId, attempts, anonymise ?? false);
      const stem = fileStem(debrief.title);
      if (format === 'csv') return renderedFile(format, `${stem}.csv`, renderDebriefCsv(debrief));
      const html = renderDebriefHtml(debrief);
      if (format === 'html') return renderedFile(format, `${stem}.html`, html);
      if (!ctx.renderPdf) {
        throw new FactdeskError(
          'unsupported',
          'This copy of Factdesk cannot make PDFs. Export the debrief as HTML and print it to PDF from any browser.',
        );
      }
      return renderedFile(format, `${stem}.pdf`, await ctx.renderPdf(html));
    },
  };
}
