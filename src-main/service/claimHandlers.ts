import type { Handlers } from '../contract/methods';
import { FactdeskError, invalid, notFound } from '../contract/errors';
import { quoteSelectorAt } from '../core/anchoring/quoteSelectorAt';
import type { Article, Claim } from '../core/model';
import { charactersCutBy, describeCharacterCut } from '../core/text/wholeCharacters';
import type { WorkbenchContext } from './WorkbenchContext';
import { reanchorRestoredClaim } from './reanchorRestoredClaim';
import { requireArticle as requireArticleIn, requireArticleExists } from './requireArticle';

export function requireClaim(ctx: WorkbenchContext, id: number): Claim {
  const claim = ctx.store.claims.get(id);
  if (!claim) throw notFound('Claim', id);
  return claim;
}

/**
 * Refuses a span [start, end) in UTF-16 offsets that cannot be a claim of `article`: past the
 * end of the text, empty, only white space, or starting or ending inside a character as a
 * reader sees it (a letter and its accent, an emoji sequence, a flag, a Hangul syllable in
 * jamo, a surrogate pair; see core/text/wholeCharacters). Throws invalid_input naming `start`
 * or `end`, saying which character is cut and how to select it whole.
 */
export function validateSpan(
  article: Article,
  start: number,
  end: number,
  textSha256?: string,
): void {
  if (textSha256 !== undefined && textSha256 !== article.sha256) {
    throw new FactdeskError(
      'conflict',
      'The article’s text changed elsewhere since this window loaded it, so the words you selected may not be the words at that place now. Nothing was marked: reload to see the current text.',
    );
  }
  if (end > article.text.length) {
    throw invalid('end', `must be at most ${article.text.length}, the length of the text`);
  }
  if (start >= end) throw invalid('start', 'a claim must cover at least one character');
  if (article.text.slice(start, end).trim() === '') {
    throw invalid('start', 'a claim cannot be only white space');
  }
  const [cut] = charactersCutBy(article.text, start, end);
  if (cut) {
    const problem = describeCharacterCut(article.text, { start, end }, cut);
    throw invalid(cut.edge, `${problem} Select the whole character and try again.`);
  }
}

export function claimHandlers(
  ctx: WorkbenchContext,
): Pick<
  Handlers,
  | 'claims.list'
  | 'claims.outline'
  | 'claims.places'
  | 'claims.get'
  | 'claims.create'
  | 'claims.update'
  | 'claims.delete'
  | 'claims.restore'
  | 'claims.history'
> {
  const { store, mutation, entities } = ctx;
  const requireArticle = (id: number): Article => requireArticleIn(store, id);
  const claimAt = (id: number) => ({ of: entities.claim, id });

  return {
    'claims.list': ({ articleId }) => {
      requireArticleExists(store, articleId);
      return store.claims.listByArticle(articleId);
    },
    'claims.outline': ({ articleId }) => {
      requireArticleExists(store, articleId);
      return store.claims.outlinesByArticle(articleId);
    },
    'claims.places': ({ articleId }) => {
      requireArticleExists(store, articleId);
      return store.claims.placesByArticle(articleId);
    },
    'claims.get': ({ id }) => requireClaim(ctx, id),
    'claims.create': ({ articleId, start, end, claimant, textSha256 }) => {
      const { id } = mutation(entities.claim, 'create', () => {
        const article = requireArticle(articleId);
        validateSpan(article, start, end, textSha256);
        const selector = quoteSelectorAt(article.text, start, end);
        return store.claims.insert(
          articleId,
          { start, end, ...selector, anchoredVersion: article.version, anchorState: 'attached' },
          { claimant },
          ctx.now(),
        );
      });
      return requireClaim(ctx, id);
    },
    'claims.update': ({ id, patch }) => {
      mutation(claimAt(id), 'update', () => {
        requireClaim(ctx, id);
        store.claims.update(id, patch, ctx.now());
      });
      return requireClaim(ctx, id);
    },
    'claims.delete': ({ id }) => {
      mutation(claimAt(id), 'delete', () => {
        requireClaim(ctx, id);
        store.claims.softDelete(id, ctx.now());
      });
      return { id };
    },
    // The claim comes back on its own words: the text may have changed while it was deleted.
    'claims.restore': ({ id }) => {
      store.transaction(() => {
        mutation(claimAt(id), 'restore', () => {
          if (store.claims.deletedArticleId(id) === undefined) {
            if (store.claims.get(id))
              throw new FactdeskError('conflict', `Claim ${id} is not deleted`);
            throw notFound('Claim', id);
          }
          store.claims.restore(id, ctx.now());
        });
        reanchorRestoredClaim(ctx, requireClaim(ctx, id));
      });
      return requireClaim(ctx, id);
    },
    'claims.history': ({ id }) => {
      if (!store.claims.get(id) && store.claims.deletedArticleId(id) === undefined) {
        throw notFound('Claim', id);
      }
      return store.audit.forEntity('claim', id);
    },
  };
}
