import search from 'approx-string-match';
import {
  isMatchSpace,
  isUnitBoundary,
  matchableQuote,
  originalRange,
  reducedIndexAt,
  toMatchable,
  type MatchableText,
} from './matchableText';
import type { CharacterCut } from '../text/wholeCharacters';
import { charactersCutBy } from '../text/wholeCharacters';

/** A place in the stored text: UTF-16 offsets, so `text.slice(start, end)` is what matched. */
export interface QuoteMatch {
  readonly start: number;
  readonly end: number;
  /** Edits (in reduced units) between the quote and what matched; 0 for the same words. */
  readonly errors: number;
}

/**
 * Places of one quote, word for word, that a search looks at, at most: a quote found more often
 * than this (a word in a long transcript, a run of one letter) cannot be placed by the evidence
 * weighed here in time, and goes to the checker. Each place costs microseconds.
 */
export const MAX_EXACT_OCCURRENCES = 1_000;

/** Below this length a quote is too short to match approximately without matching noise. */
const MIN_FUZZY_QUOTE_LENGTH = 5;
/** A fuzzy match may differ from the quote in at most this share of its code units. */
export const MAX_ERROR_SHARE = 0.25;

/**
 * Where a claim was cut inside a character (between a letter and the accent after it), its
 * match may end there too. Known from the claim's stored context; see quoteEdges.
 */
export interface MatchEdges {
  readonly endsInsideCharacter?: boolean;
}

/** The edges of a claim's quote, from its selector: its suffix starting with a combining mark. */
export function quoteEdges(selector: { readonly suffix: string }): MatchEdges {
  const first = selector.suffix.charCodeAt(0);
  return { endsInsideCharacter: first >= 0x300 && /^\p{M}/u.test(selector.suffix) };
}

/**
 * Above this length (in reduced code units) a quote is only matched exactly. Approximate
 * search costs time in proportion to the quote's length times the text's, so one chapter-long
 * quote would otherwise hold the app for minutes; a claim is a sentence or a passage, and a
 * passage this long that no longer occurs word for word goes to review.
 */
export const MAX_FUZZY_QUOTE_LENGTH = 500;

/**
 * How many edits an approximate match of `quote` may have: none for very short quotes, and
 * none for quotes longer than MAX_FUZZY_QUOTE_LENGTH.
 */
export function maxFuzzyErrors(quote: string): number {
  const length = matchableQuote(quote).length;
  return length < MIN_FUZZY_QUOTE_LENGTH || length > MAX_FUZZY_QUOTE_LENGTH
    ? 0
    : Math.floor(length * MAX_ERROR_SHARE);
}

/** approx-string-match compares the quote with each text unit 32 quote units at a time. */
const QUOTE_UNITS_PER_STEP = 32;

/**
 * What approximately searching `units` code units of text for `quote` costs, in the units
 * scan budgets count: a text unit per 32 units of quote, so a long quote uses its budget up
 * as much sooner as it is slower to search for.
 */
export function fuzzySearchCost(quote: string, units: number): number {
  return units * Math.max(1, Math.ceil(matchableQuote(quote).length / QUOTE_UNITS_PER_STEP));
}

/**
 * Factdesk's one quote-matching function, exact form: every place in the stored text whose
 * source starts inside [from, to) (UTF-16 offsets) and reads as `quote` once both are reduced
 * (see toMatchable: white space and line ends, NFC/NFD, soft hyphens and zero-width
 * characters, straight and curly quotation marks). Overlapping places are included. Matches
 * never start or end inside a character, a surrogate pair or a base with its combining marks,
 * (unless the quote was cut inside one itself: it begins with a combining mark, or `edges`
 * says its end was), and `original.slice(start, end)` is exactly the matched stretch of the
 * stored text. At most `limit` matches are collected, the first in text order, and the search
 * stops there: a caller that passes one learns from a full result that there may be more.
 * Used by `claim add --quote`, re-anchoring, annotation import and review candidates alike.
 */
export function exactMatches(
  target: MatchableText,
  quote: string,
  from = 0,
  to = target.original.length,
  edges: MatchEdges = {},
  limit = Number.POSITIVE_INFINITY,
): QuoteMatch[] {
  const reduced = matchableQuote(quote);
  const matches: QuoteMatch[] = [];
  if (reduced.length === 0) return matches;
  const { text } = target;
  const low = reducedIndexAt(target, from);
  const high = reducedIndexAt(target, to);
  // A quote that itself begins with a combining mark was cut inside a character.
  const startsInside = /^\p{M}/u.test(reduced);
  const accept = (at: number) => {
    const end = at + reduced.length;
    if (at < low || end > high) return;
    if (!startsInside && !isUnitBoundary(target, at)) return;
    if (!edges.endsInsideCharacter && !isUnitBoundary(target, end)) return;
    matches.push({ ...withEdgeSpace(target, originalRange(target, at, end), quote), errors: 0 });
  };
  if (limit <= 0) return matches;
  const indexed = target.index?.positionsOf(reduced);
  if (indexed) {
    for (const at of indexed) {
      accept(at);
      if (matches.length >= limit) break;
    }
  } else {
    // A window is searched on its own, or indexOf would run on to the end of the text.
    const whole = low === 0 && high === text.length;
    const window = whole ? text : text.slice(low, high);
    for (let at = window.indexOf(reduced); at >= 0; at = window.indexOf(reduced, at + 1)) {
      accept(low + at);
      if (matches.length >= limit) break;
    }
  }
  return matches;
}

/**
 * Matching ignores white space at a quote's ends (a quote copied from a page often ends with a
 * line end the stored text lacks); where the stored text has white space there too, the match
 * takes in as many units as the quote had, so a claim that began or ended with a space keeps it.
 */
function withEdgeSpace(
  target: MatchableText,
  range: { start: number; end: number },
  quote: string,
): { start: number; end: number } {
  const { original } = target;
  let { start, end } = range;
  for (let i = 0; i < quote.length && isMatchSpace(quote.charCodeAt(i)); i++) {
    if (start === 0 || !isMatchSpace(original.charCodeAt(start - 1))) break;
    start--;
  }
  for (let i = quote.length - 1; i >= 0 && isMatchSpace(quote.charCodeAt(i)); i--) {
    if (end >= original.length || !isMatchSpace(original.charCodeAt(end))) break;
    end++;
  }
  return { start, end };
}

/**
 * Work one approximate search may do, in the units scan budgets count (see fuzzySearchCost):
 * about a second on a slow laptop. Past it the search stops and returns what it found.
 */
export const MAX_FUZZY_CALL_WORK = 100_000_000;
/** Work one window of an approximate search is sized for, so each window stays short. */
const WINDOW_WORK = 20_000_000;

/**
 * The approximate form of the same matching: the best matches of `quote` with at most
 * `maxErrors` edits, among places whose source starts inside [from, to). approx-string-match
 * reports only the lowest error count found, so callers search several windows to see more
 * than one place. Matches are widened to whole characters of the stored text.
 *
 * approx-string-match finds where matches end in one pass, then searches backwards from each
 * end for its start, at a cost of the quote's length squared over 32 per end. In text that
 * repeats one pattern every position can be an end, so the text is searched in windows sized
 * to the quote, each window's work (both passes) is charged to `budget` when one is given, and
 * the search stops when the budget runs out or MAX_FUZZY_CALL_WORK is spent.
 */
export function fuzzyMatches(
  target: MatchableText,
  quote: string,
  maxErrors: number,
  from = 0,
  to = target.original.length,
  budget?: { fuzzyScanBudget: number },
): QuoteMatch[] {
  const reduced = matchableQuote(quote);
  const low = reducedIndexAt(target, from);
  const high = reducedIndexAt(target, to);
  if (maxErrors <= 0 || reduced.length === 0 || high - low < reduced.length - maxErrors) return [];
  const size = target.text.length;
  const words = Math.max(1, Math.ceil(reduced.length / QUOTE_UNITS_PER_STEP));
  const overlap = reduced.length + maxErrors;
  const step = Math.max(reduced.length, Math.floor(WINDOW_WORK / (words * reduced.length)));
  const matches: QuoteMatch[] = [];
  const seen = new Set<string>();
  let work = 0;
  for (let windowStart = low; windowStart < high; windowStart += step) {
    if (work >= MAX_FUZZY_CALL_WORK || (budget && budget.fuzzyScanBudget <= 0)) break;
    const windowEnd = Math.min(high, windowStart + step + overlap);
    const found = search(target.text.slice(windowStart, windowEnd), reduced, maxErrors);
    const spent = (windowEnd - windowStart) * words + found.length * words * reduced.length;
    work += spent;
    if (budget) budget.fuzzyScanBudget -= found.length * words * reduced.length;
    for (const match of found) {
      let start = windowStart + match.start;
      let end = windowStart + match.end;
      while (start > 0 && !isUnitBoundary(target, start)) start--;
      while (end < size && !isUnitBoundary(target, end)) end++;
      if (end <= start) continue;
      const place = withEdgeSpace(target, originalRange(target, start, end), quote);
      const key = `${place.start}:${place.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      matches.push({ ...place, errors: match.errors });
    }
    if (windowEnd >= high) break;
  }
  return matches;
}

/** Where a quote is in a text: its own places, and those that read other words on screen. */
export interface QuoteSearch {
  /** Every exact place of the quote whose ends fall between characters, in text order. */
  matches: QuoteMatch[];
  /**
   * Places where the quote's code points occur but an end falls inside a character ("Zoe" in
   * "Zoë", one person of a family emoji): marked, they would read other words than the text
   * shows, so they are not matches. The first cut of each, for saying so.
   */
  insideCharacters: { match: QuoteMatch; cut: CharacterCut }[];
}

/**
 * Every exact place of `quote` in `text`, as exactMatches, for callers with one quote, split
 * into whole places and places inside characters (see QuoteSearch). Offsets are UTF-16.
 */
export function findQuote(text: string, quote: string, edges: MatchEdges = {}): QuoteSearch {
  const search: QuoteSearch = { matches: [], insideCharacters: [] };
  for (const match of exactMatches(toMatchable(text), quote, 0, text.length, edges)) {
    const [cut] = charactersCutBy(text, match.start, match.end);
    if (cut) search.insideCharacters.push({ match, cut });
    else search.matches.push(match);
  }
  return search;
}
