import type { QuoteSelector } from '../model';
import type { CandidateScore } from './anchoringTypes';
import { CONTEXT_LENGTH } from '../model';
import { compareContext, viewIn, type ContextAgreement } from './compareContext';
import { contextAround } from './contextAround';
import { matchableQuote, toMatchable, type MatchableText } from './matchableText';
import { contextSimilarity } from './textSimilarity';

/** Distance (code units) from the expected position at which the position component halves. */
const POSITION_HALF_DISTANCE = 2000;
/** Quotes this long weigh most in `similarity`; shorter ones lean on their context. */
const LONG_QUOTE_LENGTH = 64;

export interface ScoreOptions {
  /** Where the claim was expected, or null when nothing says where: then no place is preferred. */
  readonly expectedStart: number | null;
  /** What ends a paragraph in this text (see linesAreParagraphs). */
  readonly linesAreParagraphs: boolean;
}

/** How the words on both sides of text[start, end) compare with the claim's stored context. */
export interface ContextVerdict {
  readonly prefixContext: ContextAgreement;
  readonly suffixContext: ContextAgreement;
  /** Reduced units of context that agree on both sides together (0 for a contradicted side). */
  readonly support: number;
}

/** A claim's stored contexts, reduced once for every place it is compared with. */
const reducedContexts = new WeakMap<
  QuoteSelector,
  { prefix: MatchableText; suffix: MatchableText }
>();

function storedContexts(selector: QuoteSelector) {
  let contexts = reducedContexts.get(selector);
  if (!contexts) {
    contexts = { prefix: toMatchable(selector.prefix), suffix: toMatchable(selector.suffix) };
    reducedContexts.set(selector, contexts);
  }
  return contexts;
}

/**
 * The context half of scoreCandidate, without the similarities: all the evidence rule needs,
 * cheap enough to run on every copy of a common phrase before any is scored in full.
 */
export function compareContextAt(
  text: string,
  selector: QuoteSelector,
  start: number,
  end: number,
  linesAreParagraphs: boolean,
): ContextVerdict & { foundPrefix: MatchableText; foundSuffix: MatchableText } {
  const stored = storedContexts(selector);
  const context = contextAround(text, start, end);
  const foundPrefix = toMatchable(context.prefix);
  const foundSuffix = toMatchable(context.suffix);
  const prefixContext = compareContext(stored.prefix, foundPrefix, 'prefix', linesAreParagraphs);
  const suffixContext = compareContext(stored.suffix, foundSuffix, 'suffix', linesAreParagraphs);
  return {
    prefixContext,
    suffixContext,
    support: agreeingLength(prefixContext) + agreeingLength(suffixContext),
    foundPrefix,
    foundSuffix,
  };
}

/**
 * compareContextAt for a place found in a reduced text: the context is read in place, so
 * checking every copy of a common phrase costs no copying.
 */
export function compareContextIn(
  target: MatchableText,
  selector: QuoteSelector,
  start: number,
  end: number,
  linesAreParagraphs: boolean,
): ContextVerdict {
  const stored = storedContexts(selector);
  const prefixContext = compareContext(
    stored.prefix,
    viewIn(target, start, end, 'prefix', CONTEXT_LENGTH),
    'prefix',
    linesAreParagraphs,
  );
  const suffixContext = compareContext(
    stored.suffix,
    viewIn(target, start, end, 'suffix', CONTEXT_LENGTH),
    'suffix',
    linesAreParagraphs,
  );
  return {
    prefixContext,
    suffixContext,
    support: agreeingLength(prefixContext) + agreeingLength(suffixContext),
  };
}

/**
 * Scores text[start, end) as a place for the claim described by `selector`: how much of the
 * quote had to be edited to match, how each side of context compares (compareContextAt), and a
 * similarity for display.
 */
export function scoreCandidate(
  text: string,
  selector: QuoteSelector,
  start: number,
  end: number,
  errors: number,
  options: ScoreOptions,
): CandidateScore {
  const { expectedStart, linesAreParagraphs } = options;
  const quoteLength = Math.max(1, matchableQuote(selector.exact).length);
  const quote = Math.max(0, 1 - errors / quoteLength);
  const stored = storedContexts(selector);
  const verdict = compareContextAt(text, selector, start, end, linesAreParagraphs);
  const prefix = contextSimilarity(stored.prefix.text, verdict.foundPrefix.text, 'prefix');
  const suffix = contextSimilarity(stored.suffix.text, verdict.foundSuffix.text, 'suffix');
  const position =
    expectedStart === null ? 0 : 1 / (1 + Math.abs(start - expectedStart) / POSITION_HALF_DISTANCE);
  const quoteWeight = 0.5 + 0.3 * Math.min(1, quoteLength / LONG_QUOTE_LENGTH);
  const contextWeight = (1 - quoteWeight) / 2;
  const similarity = quoteWeight * quote + contextWeight * (prefix + suffix);
  return {
    quote,
    prefix,
    suffix,
    prefixContext: verdict.prefixContext,
    suffixContext: verdict.suffixContext,
    support: verdict.support,
    position,
    similarity,
  };
}

function agreeingLength(agreement: ContextAgreement): number {
  return agreement.kind === 'different' ? 0 : agreement.length;
}
