import { claimProfile } from '../core/search/claimProfile';
import { MIN_SIMILARITY, claimSimilarity } from '../core/search/claimSimilarity';
import type { SimilarCheck } from '../core/search/SearchResult';
import { stemmingLanguage } from '../core/search/searchLanguage';
import { toCandidateQuery } from '../core/search/toFtsQuery';
import type { Claim } from '../core/model';
import type { Store } from '../store/openStore';
import { ratingLookup } from './ratingLookup';
import { citedCheckTitle } from './citeCheck';

/** BM25 candidates re-ranked; enough that a reworded match is among them. */
const CANDIDATES = 60;

export interface SimilarQuery {
  text: string;
  /** Language tag of the text, or empty to guess it. */
  language: string;
  /** The claim asked about: never its own match, and its citations mark matches as cited. */
  claim: Claim | null;
}

const datePart = (value: string | null | undefined) =>
  /^\d{4}-\d{2}-\d{2}/u.test(value ?? '') ? (value ?? '').slice(0, 10) : '';

/**
 * Earlier checks that may state the same claim: FTS5's BM25 picks candidates sharing words
 * with it, and claim similarity (numbers, negation, names; see docs/search.md) re-ranks them.
 * Only suggestions: nothing is linked or changed.
 */
export function similarChecks(store: Store, query: SimilarQuery, limit: number): SimilarCheck[] {
  const fts = toCandidateQuery(query.text);
  if (!fts) return [];
  const hits = store.search.checkCandidates(fts, query.claim?.id ?? null, CANDIDATES);
  if (hits.length === 0) return [];
  const profile = claimProfile(query.text, stemmingLanguage(query.language, query.text));
  const documents = Math.max(1, store.search.documentCount());
  const weights = new Map<string, number>();
  const weight = (term: string) => {
    let w = weights.get(term);
    if (w === undefined) {
      w = Math.log(1 + documents / (1 + store.search.documentFrequency(term)));
      weights.set(term, w);
    }
    return w;
  };
  const best = Math.max(...hits.map((hit) => hit.score), Number.MIN_VALUE);
  const claims = store.search.claimSummaries(
    hits.filter((h) => h.kind === 'claim').map((h) => h.id),
  );
  const rating = ratingLookup(store);
  const citedUrls = new Set(query.claim?.sources.map((link) => link.source.url) ?? []);
  const citedTitles = new Set(query.claim?.sources.map((link) => link.source.title) ?? []);

  const results: (SimilarCheck & { overlap: number })[] = [];
  for (const hit of hits) {
    const context = { weight, bm25Share: Math.max(0, hit.score) / best };
    if (hit.kind === 'claim') {
      const claim = claims.get(hit.id);
      if (!claim) continue;
      const candidate = claimProfile(claim.exact, stemmingLanguage(claim.language, claim.exact));
      const similarity = claimSimilarity(profile, candidate, context);
      const found = rating(claim.scaleId, claim.ratingKey);
      results.push({
        kind: 'claim',
        id: claim.id,
        articleId: claim.articleId,
        text: claim.exact,
        ratingLabel: found?.label ?? null,
        ratingColour: found?.colour ?? null,
        checkedBy: claim.checkedBy ?? '',
        date: datePart(claim.checkedAt),
        url: claim.articleUrl,
        score: similarity.score,
        overlap: similarity.overlap,
        differences: similarity.differences,
        cited: citedTitles.has(citedCheckTitle(claim.id, claim.exact)),
      });
    } else {
      const check = store.factChecks.get(hit.id);
      if (!check) continue;
      const candidate = claimProfile(
        check.claimText,
        stemmingLanguage(check.language, check.claimText),
      );
      const similarity = claimSimilarity(profile, candidate, context);
      results.push({
        kind: 'factcheck',
        id: check.id,
        articleId: null,
        text: check.claimText || check.title,
        ratingLabel: check.textualRating,
        ratingColour: null,
        checkedBy: check.reviewer,
        date: datePart(check.reviewDate),
        url: check.reviewUrl,
        score: similarity.score,
        overlap: similarity.overlap,
        differences: similarity.differences,
        cited: citedUrls.has(check.reviewUrl),
      });
    }
  }
  return results
    .filter((result) => result.overlap >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.id - b.id)
    .slice(0, limit)
    .map(({ overlap: _overlap, ...result }) => result);
}
