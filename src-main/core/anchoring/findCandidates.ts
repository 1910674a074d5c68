import type { QuoteSelector } from '../model';
import type { Candidate } from './anchoringTypes';
import { exactMatches, fuzzyMatches, maxFuzzyErrors, type QuoteMatch } from './findQuoteMatches';
import { rankCandidates } from './rankCandidates';
import { scoreCandidate } from './scoreCandidate';
import { boundaryRequirement, respectsBoundaries } from './wordBoundaries';

/** How far either side of the expected position approximate matches are looked for first. */
export const NEAR_WINDOW = 4096;
/** Whole-text approximate search runs window by window so each window can offer its best match. */
const FUZZY_CHUNK = 8192;

/**
 * Places in `text` where the claim described by `selector` could be, best first, for the
 * review queue where a checker re-attaches an orphaned or changed claim. Exact occurrences
 * come from the whole text; approximate ones from around `expectedStart` first and from the
 * whole text only when that leaves fewer than `limit`. Matches that would cut a word the
 * claim did not cut are left out. Every candidate carries its score components.
 */
export function findCandidates(
  text: string,
  selector: QuoteSelector,
  expectedStart: number,
  limit = 5,
): Candidate[] {
  const quote = selector.exact;
  if (quote.length === 0 || limit <= 0) return [];
  const expected = Math.min(Math.max(0, expectedStart), text.length);
  const requirement = boundaryRequirement(selector);
  const candidates: Candidate[] = [];
  const consider = (matches: readonly QuoteMatch[]) => {
    for (const match of matches) {
      if (!respectsBoundaries(text, match.start, match.end, requirement)) continue;
      candidates.push(toCandidate(text, selector, match, expected));
    }
  };

  consider(exactMatches(text, quote, 0, text.length));
  const maxErrors = maxFuzzyErrors(quote);
  if (maxErrors > 0) {
    const reach = NEAR_WINDOW + quote.length + maxErrors;
    const nearFrom = Math.max(0, expected - reach);
    const nearTo = Math.min(text.length, expected + reach);
    consider(fuzzyMatches(text, quote, maxErrors, nearFrom, nearTo));
    if (rankCandidates(candidates).length < limit) {
      const overlap = quote.length + maxErrors;
      for (let from = 0; from < text.length; from += FUZZY_CHUNK) {
        consider(
          fuzzyMatches(
            text,
            quote,
            maxErrors,
            from,
            Math.min(text.length, from + FUZZY_CHUNK + overlap),
          ),
        );
      }
    }
  }
  return rankCandidates(candidates).slice(0, limit);
}

export function toCandidate(
  text: string,
  selector: QuoteSelector,
  match: QuoteMatch,
  expectedStart: number,
): Candidate {
  return {
    start: match.start,
    end: match.end,
    exact: text.slice(match.start, match.end),
    errors: match.errors,
    components: scoreCandidate(text, selector, match.start, match.end, match.errors, expectedStart),
  };
}
