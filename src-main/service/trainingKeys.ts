import { FactdeskError, invalid, notFound } from '../contract/errors';
import type { TrainingKey } from '../contract/trainingMethods';
import type { Article, RatingScale } from '../core/model';
import type { KeyClaim } from '../core/training/trainingInput';
import type { StoredKey, TrainingStore } from '../store/trainingStore';
import type { WorkbenchContext } from './WorkbenchContext';
import { scaleById } from './scaleHandlers';
import { sha256 } from './sha256';

/** Sources attached to a key claim count as acceptable; a link without a tier is reputable. */
export const DEFAULT_SOURCE_TIER = 2;

export function requireArticle(ctx: WorkbenchContext, id: number): Article {
  const article = ctx.store.articles.get(id);
  if (!article) throw notFound('Article', id);
  return article;
}

export function requireKey(training: TrainingStore, articleId: number): StoredKey {
  const key = training.key(articleId);
  if (!key) {
    throw new FactdeskError(
      'not_found',
      `Article ${articleId} has no answer key yet: make one with training.makeKey (CLI: factdesk training key ${articleId})`,
    );
  }
  return key;
}

/** The text the key was made on, which later edits to the article leave untouched. */
export function keyText(ctx: WorkbenchContext, key: StoredKey): string {
  const text = ctx.store.articles.versionText(key.articleId, key.articleVersion);
  if (text === undefined) throw notFound(`Version ${key.articleVersion} of article`, key.articleId);
  return text;
}

export function keyView(ctx: WorkbenchContext, key: StoredKey): TrainingKey {
  return {
    articleId: key.articleId,
    articleVersion: key.articleVersion,
    textSha256: sha256(keyText(ctx, key)),
    scale: key.scale,
    locked: key.locked,
    createdAt: key.createdAt,
    lockedAt: key.lockedAt,
    claims: key.claims,
  };
}

/** Every verdict of a key must be on one scale, because trainees rate on one scale. */
function keyScale(ctx: WorkbenchContext, scaleIds: ReadonlySet<string>): RatingScale {
  if (scaleIds.size > 1) {
    throw invalid(
      'articleId',
      `the verdicts use several rating scales (${[...scaleIds].join(', ')}); a key needs one`,
    );
  }
  const [only] = scaleIds;
  const scale = scaleById(ctx.store, only ?? ctx.preferences().defaultScaleId);
  if (scale.ratings.length === 0) {
    throw invalid('articleId', `the scale “${scale.name}” has no ratings to score verdicts with`);
  }
  return scale;
}

/**
 * Snapshots the article's current claims as the key and locks it. Reasoning already written
 * for a claim that is still there is kept, so remaking a key does not lose the trainer's notes.
 */
export function makeKey(
  ctx: WorkbenchContext,
  training: TrainingStore,
  articleId: number,
): StoredKey {
  const article = requireArticle(ctx, articleId);
  if (training.attempt(articleId)) {
    throw invalid(
      'articleId',
      `article ${articleId} is a trainee’s attempt, not a trainer’s article`,
    );
  }
  const before = training.key(articleId);
  if (before?.locked) {
    throw new FactdeskError(
      'conflict',
      `The key of article ${articleId} is locked. Unlock it (training.unlockKey) to make it again.`,
    );
  }
  const claims = ctx.store.claims.listByArticle(articleId);
  if (claims.length === 0) {
    throw invalid('articleId', `article ${articleId} has no claims to make a key from`);
  }
  const orphaned = claims.filter((claim) => claim.anchorState === 'orphaned');
  if (orphaned.length > 0) {
    throw invalid(
      'articleId',
      `claims ${orphaned.map((claim) => claim.id).join(', ')} are no longer in the text; re-anchor or delete them first`,
    );
  }
  const scaleIds = new Set(
    claims.flatMap((claim) =>
      claim.verdict && claim.verdict.ratingKey !== null ? [claim.verdict.scaleId] : [],
    ),
  );
  const scale = keyScale(ctx, scaleIds);
  const earlierReasoning = new Map(before?.claims.map((claim) => [claim.id, claim.reasoning]));
  const keyClaims: KeyClaim[] = claims.map((claim) => ({
    id: claim.id,
    start: claim.start,
    end: claim.end,
    exact: article.text.slice(claim.start, claim.end),
    ratingKey: claim.verdict?.ratingKey ?? null,
    reasoning: earlierReasoning.get(claim.id) ?? '',
    sources: claim.sources
      .filter((link) => link.source.url.trim() !== '')
      .map((link) => ({ url: link.source.url.trim(), tier: link.tier ?? DEFAULT_SOURCE_TIER })),
  }));
  training.saveKey(articleId, article.version, scale, keyClaims, ctx.now());
  const key = requireKey(training, articleId);
  ctx.audit(
    'article',
    articleId,
    'training.key',
    before ? { claims: before.claims.length, articleVersion: before.articleVersion } : null,
    { claims: key.claims.length, articleVersion: key.articleVersion, scaleId: scale.id },
  );
  return key;
}
