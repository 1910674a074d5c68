import type { QuoteSelector } from '../model';
import type { CandidateScore } from './anchoringTypes';
import { contextAround } from './contextAround';
import { contextSimilarity } from './textSimilarity';

/** Distance (code units) from the expected position at which the position component halves. */
const POSITION_HALF_DISTANCE = 2000;
/** Quotes this long are specific enough to be trusted on their own words. */
const SPECIFIC_QUOTE_LENGTH = 64;
const POSITION_WEIGHT = 0.1;

/**
 * Scores text[start, end) as a place for the claim described by `selector`. A short quote
 * ("5%") says little by itself, so its context weighs as much as its words; a long quote is
 * trusted mostly on its words. Position only breaks ties, because moved text is legitimately
 * far away.
 */
export function scoreCandidate(
  text: string,
  selector: QuoteSelector,
  start: number,
  end: number,
  errors: number,
  expectedStart: number,
): CandidateScore {
  const quote = Math.max(0, 1 - errors / Math.max(1, selector.exact.length));
  const context = contextAround(text, start, end);
  const prefix = contextSimilarity(selector.prefix, context.prefix, 'prefix');
  const suffix = contextSimilarity(selector.suffix, context.suffix, 'suffix');
  const position = 1 / (1 + Math.abs(start - expectedStart) / POSITION_HALF_DISTANCE);
  const quoteWeight = 0.5 + 0.3 * Math.min(1, selector.exact.length / SPECIFIC_QUOTE_LENGTH);
  const contextWeight = (1 - quoteWeight) / 2;
  const evidence = quoteWeight * quote + contextWeight * (prefix + suffix);
  const score = (1 - POSITION_WEIGHT) * evidence + POSITION_WEIGHT * position;
  return { quote, prefix, suffix, position, evidence, score };
}
