import { quoteSelectorAt, type StoredAnchor } from '../../../../src-main/core/anchoring';

/** A stored anchor for the first `quote` that follows `after` in `text` (or the first at all). */
export function anchorOn(text: string, id: number, quote: string, after = ''): StoredAnchor {
  const from = after ? text.indexOf(after) : 0;
  if (from < 0) throw new Error(`"${after}" is not in the text`);
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" is not in the text after "${after}"`);
  return {
    id,
    start,
    end: start + quote.length,
    ...quoteSelectorAt(text, start, start + quote.length),
  };
}

/** Offset of the first `quote` after `after`, for expectations. */
export function offsetOf(text: string, quote: string, after = ''): number {
  const start = text.indexOf(quote, after ? text.indexOf(after) : 0);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return start;
}
