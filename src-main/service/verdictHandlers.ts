import type { Handlers } from '../contract/methods';
import { invalid, notFound } from '../contract/errors';
import type { Verdict } from '../core/model';
import type { WorkbenchContext } from './WorkbenchContext';
import { requireClaim } from './claimHandlers';
import { scaleById } from './scaleHandlers';

export function verdictHandlers(
  ctx: WorkbenchContext,
): Pick<Handlers, 'verdicts.set' | 'verdicts.clear'> {
  const { store } = ctx;
  return {
    'verdicts.set': ({ claimId, ratingKey, conclusion }) =>
      store.transaction(() => {
        const claim = requireClaim(ctx, claimId);
        const article = store.articles.get(claim.articleId);
        if (!article) throw notFound('Article', claim.articleId);
        const scale = scaleById(store, ctx.preferences().defaultScaleId);
        if (ratingKey !== null && !scale.ratings.some((r) => r.key === ratingKey)) {
          const known = scale.ratings.map((r) => r.key).join(', ') || 'none: conclusion only';
          throw invalid('ratingKey', `"${ratingKey}" is not on the ${scale.name} scale (${known})`);
        }
        const verdict: Verdict = {
          scaleId: scale.id,
          ratingKey,
          conclusion,
          checkedBy: ctx.actor(),
          checkedAt: ctx.now(),
          articleVersion: article.version,
        };
        store.claims.setVerdict(claimId, verdict, ctx.now());
        ctx.audit('claim', claimId, 'verdict', claim.verdict, verdict);
        return requireClaim(ctx, claimId);
      }),
    'verdicts.clear': ({ claimId }) =>
      store.transaction(() => {
        const claim = requireClaim(ctx, claimId);
        store.claims.clearVerdict(claimId);
        ctx.audit('claim', claimId, 'verdict.clear', claim.verdict, null);
        return requireClaim(ctx, claimId);
      }),
  };
}
