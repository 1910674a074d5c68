import { CONTEXT_LENGTH } from '../model';
import { splitsSurrogatePair } from './surrogates';

/**
 * Up to CONTEXT_LENGTH code units either side of text[start, end), fewer at the edges of the
 * text. An edge that would split a surrogate pair moves inwards, so both strings are always
 * well-formed. Callers validate the range.
 */
export function contextAround(
  text: string,
  start: number,
  end: number,
): { prefix: string; suffix: string } {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd--;
  return { prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}
