import type { Handlers } from '../contract/methods';
import type { anchoringMethods } from '../contract/anchoringMethods';
import { FactdeskError, invalid, notFound } from '../contract/errors';
import { findCandidates, quoteSelectorAt, reanchorClaims } from '../core/anchoring/index';
import type { AnchorState, Article, Claim } from '../core/model';
import { normaliseText } from '../core/text/normaliseText';
import type { WorkbenchContext } from './WorkbenchContext';
import { requireArticle as requireArticleIn } from './requireArticle';
import { requireClaim, validateSpan } from './claimHandlers';
import { importAnnotations } from './importAnnotations';
import { sha256 } from './sha256';

const textActions = new Set(['create', 'text.edit', 'text.load']);

export function anchoringHandlers(
  ctx: WorkbenchContext,
): Pick<Handlers, keyof typeof anchoringMethods> {
  const { store } = ctx;
  const requireArticle = (id: number): Article => requireArticleIn(store, id);

  /**
   * A run of in-app edits becomes one version: the latest version is rewritten while it came
   * from editing and no verdict has judged it; otherwise the edit starts a new version, so any
   * text a verdict judged, or that was loaded from the outlet, is kept as it was.
   */
  const storeEditedText = (article: Article, text: string): number => {
    const lastTextChange = store.audit
      .forEntity('article', article.id)
      .filter((entry) => textActions.has(entry.action))
      .at(-1);
    const digest = sha256(text);
    const now = ctx.now();
    if (
      lastTextChange?.action === 'text.edit' &&
      !store.claims.versionJudged(article.id, article.version)
    ) {
      store.articles.rewriteLatestVersion(article.id, article.version, text, digest, now);
      ctx.audit(
        'article',
        article.id,
        'text.edit',
        { sha256: article.sha256 },
        { version: article.version, sha256: digest },
      );
      return article.version;
    }
    const version = article.version + 1;
    store.articles.addVersion(article.id, version, text, digest, now);
    ctx.audit(
      'article',
      article.id,
      'text.edit',
      { version: article.version, sha256: article.sha256 },
      { version, sha256: digest },
    );
    return version;
  };

  /**
   * Stores where a claim now is. Returns whether anything but its place and anchor version
   * changed: its words, context, anchor state, verdict flag or status.
   */
  const saveAnchor = (
    claim: Claim,
    text: string,
    version: number,
    placed: { start: number; end: number; anchorState: AnchorState },
    keepSelector?: { exact: string; prefix: string; suffix: string },
  ): boolean => {
    const selector = keepSelector
      ? { exact: keepSelector.exact, prefix: keepSelector.prefix, suffix: keepSelector.suffix }
      : quoteSelectorAt(text, placed.start, placed.end);
    const ownTextChanged = placed.anchorState === 'orphaned' || selector.exact !== claim.exact;
    const anchor = {
      start: placed.start,
      end: placed.end,
      ...selector,
      anchoredVersion: version,
      anchorState: placed.anchorState,
      textChangedSinceVerdict:
        claim.textChangedSinceVerdict || (claim.verdict !== null && ownTextChanged),
    };
    store.claims.setAnchor(claim.id, anchor, ctx.now());
    if (ownTextChanged || placed.anchorState !== claim.anchorState) {
      ctx.audit(
        'claim',
        claim.id,
        'anchor',
        { start: claim.start, end: claim.end, exact: claim.exact, anchorState: claim.anchorState },
        {
          start: anchor.start,
          end: anchor.end,
          exact: anchor.exact,
          anchorState: anchor.anchorState,
        },
      );
    }
    const needsReview = placed.anchorState === 'orphaned' || placed.anchorState === 'changed';
    const flagged = needsReview && claim.status !== 'needs_review' && ownTextChanged;
    if (flagged) {
      ctx.mutation({ of: ctx.entities.claim, id: claim.id }, 'update', () =>
        store.claims.update(claim.id, { status: 'needs_review' }, ctx.now()),
      );
    }
    return (
      flagged ||
      selector.exact !== claim.exact ||
      selector.prefix !== claim.prefix ||
      selector.suffix !== claim.suffix ||
      anchor.anchorState !== claim.anchorState ||
      anchor.textChangedSinceVerdict !== claim.textChangedSinceVerdict
    );
  };

  return {
    'articles.saveText': ({ id, baseSha256, text, spans }) =>
      store.transaction(() => {
        const article = requireArticle(id);
        if (article.sha256 !== baseSha256) {
          throw new FactdeskError(
            'conflict',
            'The article changed since this editor loaded it. Reload to see the latest text.',
          );
        }
        if (text.includes('\r')) throw invalid('text', 'line ends must be LF');
        const claims = store.claims.listByArticle(id);
        const byId = new Map(spans.map((span) => [span.id, span]));
        if (claims.some((claim) => !byId.has(claim.id)) || byId.size !== claims.length) {
          throw new FactdeskError(
            'conflict',
            'The claims changed since this editor loaded them. Reload and try again.',
          );
        }
        spans.forEach((span, index) => {
          if (span.end > text.length || span.start > span.end) {
            throw invalid(`spans.${index}`, 'lies outside the text');
          }
        });
        /** Placed other than where the editor showed it. */
        const elsewhere = (claim: { id: number; start: number; end: number }) =>
          byId.get(claim.id)?.start !== claim.start || byId.get(claim.id)?.end !== claim.end;
        if (text === article.text) return { article, claims: claims.filter(elsewhere) };
        const version = storeEditedText(article, text);
        // The editor moves claims as the checker types, for display; what is stored comes from
        // the service's own diff of the saved texts, so a client's mistake cannot move a claim.
        const mapped = new Map(
          reanchorClaims(article.text, text, claims).claims.map((c) => [c.id, c]),
        );
        const changed: number[] = [];
        for (const claim of claims) {
          const anchor = mapped.get(claim.id);
          if (!anchor) continue;
          const { exact, prefix, suffix } = anchor;
          if (
            saveAnchor(claim, text, version, anchor, { exact, prefix, suffix }) ||
            elsewhere(anchor)
          )
            changed.push(claim.id);
        }
        // Thousands of claims that only moved with the text are not sent back in full.
        return {
          article: requireArticle(id),
          claims: changed.map((claimId) => requireClaim(ctx, claimId)),
        };
      }),

    'articles.loadVersion': ({ id, text: rawText }) =>
      store.transaction(() => {
        const article = requireArticle(id);
        const text = normaliseText(rawText);
        if (text.trim() === '') throw invalid('text', 'the new version has no text');
        const claims = store.claims.listByArticle(id);
        if (text === article.text) {
          return {
            article,
            claims,
            counts: { kept: claims.length, moved: 0, changed: 0, orphaned: 0 },
          };
        }
        const result = reanchorClaims(article.text, text, claims);
        const version = article.version + 1;
        store.articles.addVersion(id, version, text, sha256(text), ctx.now());
        const placed = new Map(result.claims.map((c) => [c.id, c]));
        for (const claim of claims) {
          const anchor = placed.get(claim.id);
          if (!anchor) continue;
          const selector = { exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix };
          saveAnchor(claim, text, version, anchor, selector);
        }
        ctx.audit(
          'article',
          id,
          'text.load',
          { version: article.version, sha256: article.sha256 },
          { version, sha256: sha256(text), counts: result.counts },
        );
        return {
          article: requireArticle(id),
          claims: store.claims.listByArticle(id),
          counts: result.counts,
        };
      }),

    'articles.versionText': ({ id, version }) => {
      requireArticle(id);
      const text = store.articles.versionText(id, version);
      if (text === undefined) throw notFound(`Version ${version} of article`, id);
      return { version, sha256: sha256(text), text };
    },

    'claims.candidates': ({ id, limit }) => {
      const claim = requireClaim(ctx, id);
      const article = requireArticle(claim.articleId);
      return findCandidates(article.text, claim, claim.start, limit ?? 5).map((c) => ({
        start: c.start,
        end: c.end,
        exact: c.exact,
        score: c.components.score,
        quoteScore: c.components.quote,
        prefixScore: c.components.prefix,
        suffixScore: c.components.suffix,
      }));
    },

    'claims.reattach': ({ id, start, end }) =>
      store.transaction(() => {
        const claim = requireClaim(ctx, id);
        const article = requireArticle(claim.articleId);
        validateSpan(article, start, end);
        saveAnchor(claim, article.text, article.version, { start, end, anchorState: 'attached' });
        return requireClaim(ctx, id);
      }),

    'annotations.import': ({ articleId, json }) =>
      importAnnotations(ctx, requireArticle(articleId), json),
  };
}
