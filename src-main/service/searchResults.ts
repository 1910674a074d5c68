import type { Snippet } from '../core/search/buildSnippet';
import type { WordMatcher } from '../core/search/queryMatcher';
import { buildSnippet, leadSnippet } from '../core/search/buildSnippet';
import type { SearchQuery } from '../core/search/parseSearchQuery';
import { queryMatcher } from '../core/search/queryMatcher';
import type { SearchResult } from '../core/search/SearchResult';
import type { StemmingLanguage } from '../core/search/searchLanguage';
import { stemmingLanguage } from '../core/search/searchLanguage';
import type { Store } from '../store/openStore';
import type { SearchHit } from '../store/searchStore';
import { ratingLookup } from './ratingLookup';

const datePart = (value: string | null | undefined) =>
  /^\d{4}-\d{2}-\d{2}/u.test(value ?? '') ? (value ?? '').slice(0, 10) : '';

const shorten = (text: string, max = 300) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** The snippet of the first field (in the order given) that holds a matched word. */
function snippetOf(fields: readonly string[], matches: WordMatcher): Snippet {
  for (const field of fields) {
    const snippet = field ? buildSnippet(field, matches) : null;
    if (snippet) return snippet;
  }
  return leadSnippet(fields.find((field) => field.trim() !== '') ?? '');
}

function tagsText(json: string): string {
  try {
    const tags: unknown = JSON.parse(json);
    return Array.isArray(tags) ? tags.join(', ') : '';
  } catch {
    return '';
  }
}

/**
 * Turns index hits into results: each with its title, where it comes from, its verdict and a
 * snippet of the field the words matched in, read from the data (the index holds no text).
 * Hits whose row has gone in the meantime are left out.
 */
export function searchResults(store: Store, query: SearchQuery, hits: SearchHit[]): SearchResult[] {
  const ids = (kind: SearchHit['kind']) => hits.filter((hit) => hit.kind === kind).map((h) => h.id);
  const claims = store.search.claimSummaries(ids('claim'));
  const sources = store.search.sourceSummaries(ids('source'));
  const rating = ratingLookup(store);
  // One matcher per language, so each distinct word is judged once per search.
  const matchers = new Map<StemmingLanguage, WordMatcher>();
  const matcherFor = (language: StemmingLanguage) => {
    let matcher = matchers.get(language);
    if (!matcher) {
      matcher = queryMatcher(query, language);
      matchers.set(language, matcher);
    }
    return matcher;
  };
  const results: SearchResult[] = [];
  for (const hit of hits) {
    const score = Math.round(hit.score * 1000) / 1000;
    if (hit.kind === 'claim') {
      const claim = claims.get(hit.id);
      if (!claim) continue;
      const label = rating(claim.scaleId, claim.ratingKey)?.label ?? null;
      const matches = matcherFor(stemmingLanguage(claim.language, claim.exact));
      const snippet = snippetOf(
        [
          claim.exact,
          claim.claimant,
          tagsText(claim.tags),
          claim.notes,
          label ?? '',
          claim.conclusion ?? '',
        ],
        matches,
      );
      results.push({
        kind: 'claim',
        id: claim.id,
        articleId: claim.articleId,
        claimId: claim.id,
        title: shorten(claim.exact),
        context: [claim.articleTitle || 'Untitled article', claim.articleOutlet]
          .filter(Boolean)
          .join(' · '),
        snippet: snippet.text,
        highlights: snippet.highlights,
        ratingLabel: label,
        date: datePart(claim.checkedAt) || datePart(claim.claimDate) || datePart(claim.createdAt),
        score,
      });
    } else if (hit.kind === 'article') {
      const article = store.articles.get(hit.id);
      if (!article) continue;
      const matches = matcherFor(stemmingLanguage(article.language, article.text));
      const snippet = snippetOf(
        [article.title, article.text, article.outlet, article.author],
        matches,
      );
      results.push({
        kind: 'article',
        id: article.id,
        articleId: article.id,
        claimId: null,
        title: shorten(article.title || 'Untitled article'),
        context: [article.outlet, article.author].filter(Boolean).join(' · '),
        snippet: snippet.text,
        highlights: snippet.highlights,
        ratingLabel: null,
        date: datePart(article.publishedAt) || datePart(article.createdAt),
        score,
      });
    } else if (hit.kind === 'source') {
      const source = sources.get(hit.id);
      if (!source) continue;
      const matches = matcherFor(stemmingLanguage('', source.title));
      const snippet = snippetOf(
        [source.title, source.excerpts, source.publisher, source.url, source.author],
        matches,
      );
      results.push({
        kind: 'source',
        id: source.id,
        articleId: source.articleId,
        claimId: source.claimId,
        title: shorten(source.title || source.url || `Source ${source.id}`),
        context: [source.publisher, source.url].filter(Boolean).join(' · '),
        snippet: snippet.text,
        highlights: snippet.highlights,
        ratingLabel: null,
        date: datePart(source.publishedAt),
        score,
      });
    } else {
      const check = store.factChecks.get(hit.id);
      if (!check) continue;
      const matches = matcherFor(stemmingLanguage(check.language, check.claimText));
      const snippet = snippetOf(
        [
          check.claimText,
          check.title,
          check.claimant,
          check.reviewer,
          check.textualRating,
          check.reviewUrl,
        ],
        matches,
      );
      results.push({
        kind: 'factcheck',
        id: check.id,
        articleId: null,
        claimId: null,
        title: shorten(check.claimText || check.title || check.reviewUrl),
        context: [check.reviewer, check.claimant && `claim by ${check.claimant}`]
          .filter(Boolean)
          .join(' · '),
        snippet: snippet.text,
        highlights: snippet.highlights,
        ratingLabel: check.textualRating,
        date: datePart(check.reviewDate),
        score,
      });
    }
  }
  return results;
}
