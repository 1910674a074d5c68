import type { Handlers } from '../contract/methods';
import type { anchoringMethods } from '../contract/anchoringMethods';
import { FactdeskError, invalid, notFound } from '../contract/errors';
import {
  findCandidates,
  reanchorClaims,
  sameWords,
  type ReanchoredClaim,
} from '../core/anchoring/index';
import type { Article, Claim } from '../core/model';
import type { ClaimAnchorState } from '../store/claimStore';
import { normaliseText } from '../core/text/normaliseText';
import type { WorkbenchContext } from './WorkbenchContext';
import { requireArticle as requireArticleIn, requireArticleExists } from './requireArticle';
import { toWholeCharacters } from '../core/text/wholeCharacters';
import { returnFromReview } from './returnFromReview';
import { keepInReview } from '../core/anchoring/keepInReview';
import { requireClaim, validateSpan } from './claimHandlers';
import { importAnnotations, previewAnnotationImport } from './importAnnotations';
import { claimAnchorWriter, type AnchorPlan } from './claimAnchorWriter';
import { sha256 } from './sha256';

const textActions = new Set(['create', 'text.edit', 'text.load']);

/**
 * How often `articles.loadVersion` re-anchors again when the article or its claims changed
 * while it was computing (a save from the app, a claim marked meanwhile). Each attempt reads
 * afresh; three covers a busy session, and then the checker is asked to try again rather
 * than the write lock being held through the computation.
 */
export const LOAD_VERSION_ATTEMPTS = 3;

/** What one claim must still be when re-anchoring writes it: the store's ClaimAnchorState. */
function anchorStates(claims: readonly Claim[]): ClaimAnchorState[] {
  return claims.map((claim) => ({
    id: claim.id,
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    anchorState: claim.anchorState,
    anchorReview: claim.anchorReview,
    textChangedSinceVerdict: claim.textChangedSinceVerdict,
    movedSinceVerdict: claim.movedSinceVerdict,
    status: claim.status,
    hasVerdict: claim.verdict !== null,
  }));
}

/**
 * Whether an article's claims are as re-anchoring read them: the same claims, anchors,
 * verdict flags and statuses. Their notes, sources and other fields may have changed meanwhile;
 * re-anchoring does not write those.
 */
function sameAnchorStates(
  expected: readonly ClaimAnchorState[],
  now: readonly ClaimAnchorState[],
): boolean {
  if (expected.length !== now.length) return false;
  const byId = new Map(now.map((state) => [state.id, state]));
  return expected.every((state) => {
    const other = byId.get(state.id);
    return (
      other !== undefined &&
      (Object.keys(state) as (keyof ClaimAnchorState)[]).every((key) => other[key] === state[key])
    );
  });
}

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

  const { planAnchor, applyAnchor, saveAnchor } = claimAnchorWriter(ctx);

  /** Plans every re-anchored claim; `claims` are the claims the anchors were computed from. */
  const planReanchored = (
    claims: readonly Claim[],
    reanchored: readonly ReanchoredClaim[],
    text: string,
    version: number,
  ): AnchorPlan[] => {
    const placed = new Map(reanchored.map((c) => [c.id, c]));
    return claims.flatMap((claim) => {
      const found = placed.get(claim.id);
      if (!found) return [];
      const anchor = keepInReview(claim, found);
      const { exact, prefix, suffix } = anchor;
      const placement = { ...anchor, review: anchor.review ?? null };
      return [planAnchor(claim, text, version, placement, { exact, prefix, suffix })];
    });
  };

  return {
    'articles.saveText': ({ id, baseSha256, text, spans }) =>
      store.transaction(() => {
        const article = requireArticle(id);
        // The same text sent again, because the answer to its save was lost on the way, is
        // saved already: not a change made elsewhere.
        if (article.sha256 !== baseSha256 && sha256(text) !== article.sha256) {
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
          const found = mapped.get(claim.id);
          if (!found) continue;
          const anchor = keepInReview(claim, found);
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

    // Re-anchoring a long article takes seconds; it runs on a snapshot without the write lock,
    // so the app's own saves go on meanwhile, and the result is written in one short
    // transaction that first checks nothing changed under it.
    'articles.loadVersion': ({ id, text: rawText }) => {
      const text = normaliseText(rawText);
      if (text.trim() === '') throw invalid('text', 'the new version has no text');
      for (let attempt = 1; ; attempt++) {
        const { article, claims } = store.snapshot(() => ({
          article: requireArticle(id),
          claims: store.claims.listByArticle(id),
        }));
        if (text === article.text) {
          return {
            article,
            claims,
            counts: { kept: claims.length, moved: 0, changed: 0, orphaned: 0 },
          };
        }
        const result = reanchorClaims(article.text, text, claims);
        const version = article.version + 1;
        const digest = sha256(text);
        const plans = planReanchored(claims, result.claims, text, version);
        const expected = anchorStates(claims);
        const written = store.transaction(() => {
          const current = store.articles.get(id);
          if (current?.version !== article.version || current.sha256 !== article.sha256) {
            return false;
          }
          if (!sameAnchorStates(expected, store.claims.anchorStates(id))) return false;
          store.articles.addVersion(id, version, text, digest, ctx.now());
          plans.forEach(applyAnchor);
          ctx.audit(
            'article',
            id,
            'text.load',
            { version: article.version, sha256: article.sha256 },
            { version, sha256: digest, counts: result.counts },
          );
          return true;
        });
        if (written) {
          return {
            article: requireArticle(id),
            claims: store.claims.listByArticle(id),
            counts: result.counts,
          };
        }
        if (attempt >= LOAD_VERSION_ATTEMPTS) {
          throw new FactdeskError(
            'conflict',
            'The article kept changing while its new version was being re-anchored. Try loading the version again.',
          );
        }
      }
    },

    'articles.versionText': ({ id, version }) => {
      requireArticleExists(store, id);
      const text = store.articles.versionText(id, version);
      if (text === undefined) throw notFound(`Version ${version} of article`, id);
      return { version, sha256: sha256(text), text };
    },

    'claims.candidates': ({ id, limit }) => {
      const claim = requireClaim(ctx, id);
      const article = requireArticle(claim.articleId);
      // An orphan's stored start says nothing about where its words are now.
      const expected = claim.anchorState === 'orphaned' ? null : claim.start;
      const offered = new Set<string>();
      return findCandidates(article.text, claim, expected, limit ?? 5).flatMap((c) => {
        // A place is offered as whole characters, so "Attach here" never cuts a letter.
        const { start, end } = toWholeCharacters(article.text, c.start, c.end);
        if (offered.has(`${start}:${end}`)) return [];
        offered.add(`${start}:${end}`);
        const exact = article.text.slice(start, end);
        return [
          {
            start,
            end,
            exact,
            score: c.components.similarity,
            quoteScore: c.components.quote,
            prefixScore: c.components.prefix,
            suffixScore: c.components.suffix,
            sameWords: sameWords(exact, claim.exact),
            prefixContext: c.components.prefixContext.kind,
            suffixContext: c.components.suffixContext.kind,
          },
        ];
      });
    },

    'claims.reattach': ({ id, start, end, textSha256 }) =>
      store.transaction(() => {
        const claim = requireClaim(ctx, id);
        const article = requireArticle(claim.articleId);
        validateSpan(article, start, end, textSha256);
        const chosenElsewhere =
          claim.anchorState === 'orphaned' ||
          claim.anchorReview !== null ||
          start !== claim.start ||
          end !== claim.end;
        saveAnchor(claim, article.text, article.version, {
          start,
          end,
          anchorState: 'attached',
          chosenElsewhere,
        });
        returnFromReview(ctx, id);
        return requireClaim(ctx, id);
      }),

    'annotations.preview': ({ articleId, json, allowOtherSources }) =>
      previewAnnotationImport(ctx, requireArticle(articleId), json, { allowOtherSources }),
    'annotations.import': ({ articleId, json, allowOtherSources }) =>
      importAnnotations(ctx, requireArticle(articleId), json, { allowOtherSources }),
  };
}
