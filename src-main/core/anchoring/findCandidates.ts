import type { QuoteSelector } from '../model';
import type { Candidate } from './anchoringTypes';
import {
  exactMatches,
  MAX_EXACT_OCCURRENCES,
  fuzzyMatches,
  fuzzySearchCost,
  maxFuzzyErrors,
  quoteEdges,
  type QuoteMatch,
} from './findQuoteMatches';
import { linesAreParagraphs } from './compareContext';
import { toMatchable, type MatchableText } from './matchableText';
import { rankCandidates } from './rankCandidates';
import { scoreCandidate, type ScoreOptions } from './scoreCandidate';
import { boundaryRequirement, respectsBoundaries } from './wordBoundaries';

/** How far either side of the expected position approximate matches are looked for first. */
export const NEAR_WINDOW = 4096;
/** Whole-text approximate search runs window by window so each window can offer its best match. */
const FUZZY_CHUNK = 8192;
/**
 * What whole-text approximate search may cost when the caller gives no budget (see
 * fuzzySearchCost): about two seconds on a slow laptop, so a review entry never holds the app.
 */
export const DEFAULT_CANDIDATE_FUZZY_BUDGET = 20_000_000;

/**
 * Places in the text where the claim described by `selector` could be, best first (see
 * rankCandidates), for the review queue and for annotation import. Exact occurrences (by the
 * one matching function, exactMatches) come from the whole text; approximate ones from around
 * `expectedStart` first and from the whole text only when that leaves fewer than `limit`.
 * With `expectedStart` null nothing says where the claim should be, and no place is preferred.
 * Matches that would cut a word the claim did not cut are left out. Every candidate carries
 * its score components, context agreements included. `budget.fuzzyScanBudget` caps what
 * whole-text approximate search may cost (see fuzzySearchCost; DEFAULT_CANDIDATE_FUZZY_BUDGET
 * when no budget is given) and is reduced by what it used.
 */
export function findCandidates(
  target: string | MatchableText,
  selector: QuoteSelector,
  expectedStart: number | null,
  limit = 5,
  budget: { fuzzyScanBudget: number } = { fuzzyScanBudget: DEFAULT_CANDIDATE_FUZZY_BUDGET },
): Candidate[] {
  const matchable = typeof target === 'string' ? toMatchable(target) : target;
  const text = matchable.original;
  const quote = selector.exact;
  if (quote.length === 0 || limit <= 0) return [];
  const expected =
    expectedStart === null ? null : Math.min(Math.max(0, expectedStart), text.length);
  const requirement = boundaryRequirement(selector);
  const options = { expectedStart: expected, linesAreParagraphs: linesAreParagraphs(text) };
  const candidates: Candidate[] = [];
  const consider = (matches: readonly QuoteMatch[]) => {
    for (const match of matches) {
      if (!respectsBoundaries(text, match.start, match.end, requirement)) continue;
      candidates.push(toCandidate(text, selector, match, options));
    }
  };

  // Offered, not applied: the first places of a very common quote are enough to choose from.
  consider(
    exactMatches(matchable, quote, 0, text.length, quoteEdges(selector), MAX_EXACT_OCCURRENCES),
  );
  const maxErrors = maxFuzzyErrors(quote);
  if (maxErrors > 0 && rankCandidates(candidates).length < limit) {
    if (expected !== null) {
      const reach = NEAR_WINDOW + quote.length + maxErrors;
      consider(
        fuzzyMatches(
          matchable,
          quote,
          maxErrors,
          Math.max(0, expected - reach),
          Math.min(text.length, expected + reach),
          budget,
        ),
      );
    }
    if (rankCandidates(candidates).length < limit) {
      const overlap = quote.length + maxErrors;
      for (let from = 0; from < text.length; from += FUZZY_CHUNK) {
        const to = Math.min(text.length, from + FUZZY_CHUNK + overlap);
        const cost = fuzzySearchCost(quote, to - from);
        if (budget.fuzzyScanBudget < cost) break;
        budget.fuzzyScanBudget -= cost;
        consider(fuzzyMatches(matchable, quote, maxErrors, from, to, budget));
      }
    }
  }
  return rankCandidates(candidates).slice(0, limit);
}

export function toCandidate(
  text: string,
  selector: QuoteSelector,
  match: QuoteMatch,
  options: ScoreOptions,
): Candidate {
  return {
    start: match.start,
    end: match.end,
    exact: text.slice(match.start, match.end),
    errors: match.errors,
    components: scoreCandidate(text, selector, match.start, match.end, match.errors, options),
  };
}
