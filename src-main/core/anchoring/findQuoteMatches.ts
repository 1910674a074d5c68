import search from 'approx-string-match';
import { splitsSurrogatePair } from './surrogates';

export interface QuoteMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** Below this length a quote is too short to match approximately without matching noise. */
const MIN_FUZZY_QUOTE_LENGTH = 5;
/** A fuzzy match may differ from the quote in at most this share of its code units. */
export const MAX_ERROR_SHARE = 0.25;

export function maxFuzzyErrors(quote: string): number {
  return quote.length < MIN_FUZZY_QUOTE_LENGTH ? 0 : Math.floor(quote.length * MAX_ERROR_SHARE);
}

/** Every occurrence of `quote` inside text[from, to), overlapping ones included. */
export function exactMatches(text: string, quote: string, from: number, to: number): QuoteMatch[] {
  const matches: QuoteMatch[] = [];
  if (quote.length === 0 || to - from < quote.length) return matches;
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let i = window.indexOf(quote); i >= 0; i = window.indexOf(quote, i + 1)) {
    matches.push({ start: from + i, end: from + i + quote.length, errors: 0 });
  }
  return matches;
}

/**
 * The best approximate matches of `quote` inside text[from, to): approx-string-match reports
 * only the lowest error count found in the window, so callers search several windows to see
 * more than one place. Matches are widened to whole code points.
 */
export function fuzzyMatches(
  text: string,
  quote: string,
  maxErrors: number,
  from: number,
  to: number,
): QuoteMatch[] {
  if (maxErrors <= 0 || to - from < quote.length - maxErrors) return [];
  return search(text.slice(from, to), quote, maxErrors).map((match) => {
    let start = from + match.start;
    let end = from + match.end;
    if (splitsSurrogatePair(text, start)) start--;
    if (splitsSurrogatePair(text, end)) end++;
    return { start, end, errors: match.errors };
  });
}
