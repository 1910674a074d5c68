import type { Handlers } from '../contract/methods';
import { FactdeskError, invalid, notFound } from '../contract/errors';
import type { Verdict } from '../core/model';
import type { WorkbenchContext } from './WorkbenchContext';
import { requireClaim } from './claimHandlers';
import { returnFromReview } from './returnFromReview';
import { scaleById } from './scaleHandlers';

export function verdictHandlers(
  ctx: WorkbenchContext,
): Pick<Handlers, 'verdicts.set' | 'verdicts.clear' | 'verdicts.confirm'> {
  const { store, mutation, entities } = ctx;
  const verdictOf = (claimId: number) => ({ of: entities.verdict, id: claimId });
  return {
    'verdicts.set': ({ claimId, ratingKey, conclusion }) => {
      mutation(verdictOf(claimId), 'verdict', () => {
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
      });
      return requireClaim(ctx, claimId);
    },
    'verdicts.confirm': ({ claimId }) => {
      store.transaction(() => {
        mutation({ of: entities.verdictStanding, id: claimId }, 'verdict.confirm', () => {
          const claim = requireClaim(ctx, claimId);
          if (!claim.verdict) throw invalid('claimId', 'the claim has no verdict to confirm');
          if (claim.anchorState === 'orphaned') {
            throw new FactdeskError(
              'conflict',
              `Claim ${claim.number}’s words are not in the current text. Attach it to its words first, then confirm the verdict.`,
            );
          }
          const article = store.articles.get(claim.articleId);
          if (!article) throw notFound('Article', claim.articleId);
          store.claims.confirmVerdict(claimId, article.version, ctx.now());
        });
        returnFromReview(ctx, claimId);
      });
      return requireClaim(ctx, claimId);
    },
    'verdicts.clear': ({ claimId }) => {
      mutation(verdictOf(claimId), 'verdict.clear', () => {
        requireClaim(ctx, claimId);
        store.claims.clearVerdict(claimId);
      });
      return requireClaim(ctx, claimId);
    },
  };
}
