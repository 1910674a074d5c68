import { findCandidates } from './anchoring/findCandidates';
import { exactMatches, quoteEdges } from './anchoring/findQuoteMatches';
import { sameWords, toMatchable } from './anchoring/matchableText';
import { DEFAULT_FUZZY_SCAN_BUDGET } from './anchoring/relocateQuote';
import { splitsSurrogatePair } from './anchoring/surrogates';
import { keepsItsSurroundings, weighCandidates } from './anchoring/weighCandidates';
import type { AnchorReview, AnchorState, QuoteSelector } from './model';

/**
 * Places weighed when a quote is searched for with no earlier text to diff against: enough to
 * see that several places fit equally well, which sends the claim to review.
 */
const SEARCHED_PLACES = 5;

/** Where a searched-for quote was put, and why it needs the checker if it does. */
export interface QuotePlacement {
  /** UTF-16 offsets into the text; equal for an orphaned claim. */
  start: number;
  end: number;
  anchorState: AnchorState;
  review: AnchorReview | null;
}

/**
 * Places a claim's quote in `text` by search alone, for when the text its offsets referred to
 * is not known (a deleted claim restored after that text was rewritten): every candidate is put
 * to the evidence rule (weighCandidates), so a copy of the words whose surroundings contradict
 * the claim's is never chosen, nor one of several that fit equally well. The same words with
 * the same surroundings are `attached`; with other surroundings `moved` and asked about
 * (`context`); other words `changed`. Otherwise `orphaned` at `orphanAt` (clamped into the text,
 * never inside a surrogate pair), with `ambiguous` or `lookalike` when that is why. Approximate
 * search is capped at DEFAULT_FUZZY_SCAN_BUDGET code units of text.
 */
export function placeQuoteInText(
  text: string,
  selector: QuoteSelector,
  orphanAt: number,
): QuotePlacement {
  let at = Number.isFinite(orphanAt) ? Math.min(Math.max(0, Math.floor(orphanAt)), text.length) : 0;
  if (splitsSurrogatePair(text, at)) at--;
  const orphaned = (review: AnchorReview | null): QuotePlacement => ({
    start: at,
    end: at,
    anchorState: 'orphaned',
    review,
  });
  if (selector.exact.trim() === '') return orphaned(null);
  const matchable = toMatchable(text);
  const budget = { fuzzyScanBudget: DEFAULT_FUZZY_SCAN_BUDGET };
  const candidates = findCandidates(matchable, selector, null, SEARCHED_PLACES, budget);
  const occurrences = () =>
    exactMatches(matchable, selector.exact, 0, text.length, quoteEdges(selector)).length;
  const choice = weighCandidates(candidates, selector, occurrences);
  if (choice.kind === 'ambiguous') return orphaned('ambiguous');
  if (choice.kind === 'none') return orphaned(choice.lookalike ? 'lookalike' : null);
  const { start, end, exact } = choice.candidate;
  if (!sameWords(exact, selector.exact))
    return { start, end, anchorState: 'changed', review: null };
  return keepsItsSurroundings(choice.candidate)
    ? { start, end, anchorState: 'attached', review: null }
    : { start, end, anchorState: 'moved', review: 'context' };
}
