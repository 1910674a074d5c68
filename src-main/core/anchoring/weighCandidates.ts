import type { QuoteSelector } from '../model';
import type { Candidate } from './anchoringTypes';
import { matchableQuote } from './matchableText';
import { byRank, contradictions, rankCandidates } from './rankCandidates';

/**
 * Agreeing context, in reduced units over both sides, that makes a searched-for place
 * believable: about two words. Fewer agreeing characters happen by chance ("the ", ". ").
 */
export const MIN_CONTEXT_SUPPORT = 12;
/**
 * A quote this long (reduced units) is specific enough to be believed on its own words, but
 * only when it occurs once in the whole text: a paragraph that moved has new neighbours, so
 * a claim covering it whole has no context left to agree.
 */
export const SPECIFIC_QUOTE_LENGTH = 64;
/**
 * Of several believable places, the best is chosen only if its context agrees over this many
 * more units than the next one's (half a context side). Otherwise they are about equally good
 * and the checker chooses.
 */
export const SUPPORT_MARGIN = 16;

/** What the evidence says about a claim's candidates. */
export type Choice =
  | { readonly kind: 'found'; readonly candidate: Candidate }
  /** Several places are about equally believable: none is given the claim. */
  | { readonly kind: 'ambiguous'; readonly candidates: Candidate[] }
  /** No place is believable; `lookalike` when the words exist with other surroundings. */
  | { readonly kind: 'none'; readonly lookalike: boolean };

/**
 * The evidence rule for a place found by search (see docs/anchoring.md): the quote matched
 * (exactly or within MAX_ERROR_SHARE), neither side of the context contradicts the claim's,
 * and either at least MIN_CONTEXT_SUPPORT units of context agree, or the words are the same,
 * specific (SPECIFIC_QUOTE_LENGTH, or a selector that carries no context at all) and occur only
 * once in the text. `occurrences` counts exact occurrences of the quote in the whole text;
 * it is called only when needed.
 */
export function isConvincing(
  candidate: Candidate,
  selector: QuoteSelector,
  occurrences: () => number,
): boolean {
  const { components } = candidate;
  if (contradictions(candidate) > 0) return false;
  if (components.support >= MIN_CONTEXT_SUPPORT) return true;
  if (components.quote < 1) return false;
  const hasContext = selector.prefix !== '' || selector.suffix !== '';
  const specific = matchableQuote(selector.exact).length >= SPECIFIC_QUOTE_LENGTH;
  return (specific || !hasContext) && occurrences() === 1;
}

/**
 * Applies the evidence rule to every candidate and chooses: the one convincing place; of
 * several, the best only when its context agrees over SUPPORT_MARGIN more units and its words
 * agree at least as well; otherwise `ambiguous`. Position is never a reason to choose.
 */
export function weighCandidates(
  candidates: readonly Candidate[],
  selector: QuoteSelector,
  occurrences: () => number,
): Choice {
  const ranked = rankCandidates(candidates);
  const convincing = ranked.filter((candidate) => isConvincing(candidate, selector, occurrences));
  if (convincing.length === 0) {
    // Copies of the same words that nothing contradicts, but nothing tells apart either.
    const twins = ranked.filter(
      (candidate) => candidate.components.quote === 1 && contradictions(candidate) === 0,
    );
    if (twins.length > 1) return { kind: 'ambiguous', candidates: twins };
    const lookalike = ranked.some(
      (candidate) => candidate.components.quote === 1 && contradictions(candidate) > 0,
    );
    return { kind: 'none', lookalike };
  }
  convincing.sort((a, b) => b.components.support - a.components.support || byRank(a, b));
  const [best, next] = convincing;
  if (!best) return { kind: 'none', lookalike: false };
  if (
    next === undefined ||
    (best.components.support >= next.components.support + SUPPORT_MARGIN &&
      best.components.quote >= next.components.quote)
  ) {
    return { kind: 'found', candidate: best };
  }
  return { kind: 'ambiguous', candidates: convincing };
}

/**
 * Whether a candidate keeps the claim's surroundings: neither side differs, not even beyond
 * its paragraph. A side the stored selector or the text leaves empty says nothing (`edge`).
 */
export function keepsItsSurroundings(candidate: Candidate): boolean {
  const { prefixContext, suffixContext } = candidate.components;
  const kept = (kind: string) => kind === 'same' || kind === 'edge';
  return kept(prefixContext.kind) && kept(suffixContext.kind);
}
