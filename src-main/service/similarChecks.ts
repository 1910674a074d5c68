import type { ClaimProfile } from '../core/search/claimProfile';
import { claimProfile } from '../core/search/claimProfile';
import { MIN_SIMILARITY, claimSimilarity } from '../core/search/claimSimilarity';
import type { SimilarCheck } from '../core/search/SearchResult';
import type { StemmingLanguage } from '../core/search/searchLanguage';
import { stemmingLanguage } from '../core/search/searchLanguage';
import type { CandidateTerm } from '../core/search/toFtsQuery';
import { candidateTerms, toCandidateQuery } from '../core/search/toFtsQuery';
import type { Claim } from '../core/model';
import type { Store } from '../store/openStore';
import { ratingLookup } from './ratingLookup';
import { citedCheckTitle } from './citeCheck';

/** BM25 candidates re-ranked; enough that a reworded match is among them. */
const CANDIDATES = 80;

/**
 * A word found in more than this share of all documents (and more than COMMON_FLOOR of them)
 * is left out of the candidate search, unless the claim has too few rarer ones: it finds
 * thousands of claims and tells none apart.
 */
const COMMON_SHARE = 0.01;
const COMMON_FLOOR = 200;
/** Fewest and most words the candidate search looks for. */
const MIN_TERMS = 3;
const MAX_TERMS = 10;

/**
 * The claim's rarest words in the index: they find the claims that share what is particular
 * about it, and keep the search small.
 */
function rarestTerms(
  terms: CandidateTerm[],
  frequency: (form: string) => number,
  documents: number,
) {
  const counted = terms
    .map((term) => ({ term, documents: frequency(term.stem) }))
    .filter((entry) => entry.documents > 0)
    .sort((a, b) => a.documents - b.documents);
  const common = Math.max(COMMON_FLOOR, documents * COMMON_SHARE);
  const rare = counted.filter((entry) => entry.documents <= common).length;
  return counted.slice(0, Math.min(MAX_TERMS, Math.max(MIN_TERMS, rare))).map((e) => e.term);
}

/** Most stored claims' profiles kept between calls; all are dropped when it is full. */
const PROFILES_KEPT = 20_000;
const profiles = new Map<string, ClaimProfile>();

/**
 * The profile of a stored claim or fact check. The same earlier checks come back as
 * candidates again and again, and a profile depends only on the text and its language, so
 * they are kept (never changed once made: claimSimilarity only reads them).
 */
function storedProfile(text: string, language: StemmingLanguage): ClaimProfile {
  const key = `${language}\u0000${text}`;
  let profile = profiles.get(key);
  if (!profile) {
    profile = claimProfile(text, language);
    if (profiles.size >= PROFILES_KEPT) profiles.clear();
    profiles.set(key, profile);
  }
  return profile;
}

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
  const documents = Math.max(1, store.search.documentCount());
  const frequencies = new Map<string, number>();
  const frequency = (form: string) => {
    let found = frequencies.get(form);
    if (found === undefined) {
      found = store.search.documentFrequency(form);
      frequencies.set(form, found);
    }
    return found;
  };
  const language = stemmingLanguage(query.language, query.text);
  const fts = toCandidateQuery(
    rarestTerms(candidateTerms(query.text, language), frequency, documents),
  );
  if (!fts) return [];
  const hits = store.search.checkCandidates(fts, query.claim?.id ?? null, CANDIDATES);
  if (hits.length === 0) return [];
  const profile = claimProfile(query.text, language);
  // IDF of the claim's own words; a word only a candidate has counts as a typical word.
  const idf = (found: number) => Math.log(1 + documents / (1 + found));
  const weights = new Map([...profile.terms].map((term) => [term, idf(frequency(term))]));
  const typical = idf(documents * COMMON_SHARE);
  const weight = (term: string) => weights.get(term) ?? typical;
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
      // Only a claim with a verdict (a rating or a conclusion) has been checked.
      if (!claim || claim.checkedAt === null || (claim.ratingKey === null && !claim.conclusion)) {
        continue;
      }
      const candidate = storedProfile(claim.exact, stemmingLanguage(claim.language, claim.exact));
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
      const candidate = storedProfile(
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
