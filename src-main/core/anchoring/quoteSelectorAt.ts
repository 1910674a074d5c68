import type { QuoteSelector } from '../model';
import { assertValidRange } from './assertValidRange';
import { contextAround } from './contextAround';

/**
 * The quote selector for text[start, end): the exact text and up to CONTEXT_LENGTH code units
 * of context either side (see contextAround). Throws a RangeError for a range that is not made
 * of integers, is reversed, leaves the text or splits a surrogate pair.
 */
export function quoteSelectorAt(text: string, start: number, end: number): QuoteSelector {
  assertValidRange(text, start, end);
  return { exact: text.slice(start, end), ...contextAround(text, start, end) };
}
