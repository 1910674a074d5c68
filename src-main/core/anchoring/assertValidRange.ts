import { splitsSurrogatePair } from './surrogates';

/**
 * Rejects ranges that cannot select text: non-integers, reversed or out-of-bounds offsets,
 * and offsets inside a surrogate pair, whose lone halves SQLite and JSON would corrupt.
 */
export function assertValidRange(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`range [${start}, ${end}) must use integer offsets`);
  }
  if (start < 0 || end < start || end > text.length) {
    throw new RangeError(`range [${start}, ${end}) is outside a text of length ${text.length}`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`range [${start}, ${end}) splits a surrogate pair`);
  }
}
