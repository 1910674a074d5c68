/**
 * Units of reduced text hashed at every position. Eight units are two short words: rare enough
 * in prose that a lookup verifies few places, short enough that most quotes contain several.
 */
const GRAM_LENGTH = 8;
/** At most 2^22 buckets (16 MB of tables): beyond that, chains are short anyway. */
const MAX_BUCKET_BITS = 22;

/**
 * Where every 8-unit stretch of a reduced text occurs, so that thousands of quotes can be
 * looked up in one text without scanning all of it for each (annotation import). Built in one
 * pass, O(n) time and about 12 bytes per unit.
 */
export interface QuoteIndex {
  /**
   * Every position in the indexed text where `reducedQuote` occurs, ascending, found as they
   * are read, so a caller that stops early pays for no more; null when the quote is shorter
   * than the hashed stretch and the caller must scan instead.
   */
  positionsOf(reducedQuote: string): Iterable<number> | null;
}

export function createQuoteIndex(text: string): QuoteIndex {
  const count = Math.max(0, text.length - GRAM_LENGTH + 1);
  const bits = Math.min(MAX_BUCKET_BITS, Math.max(4, Math.ceil(Math.log2(count + 1))));
  const shift = 32 - bits;
  const heads = new Int32Array(1 << bits).fill(-1);
  const sizes = new Int32Array(1 << bits);
  const next = new Int32Array(count);
  const bucketOf = (hash: number) => Math.imul(hash, 0x9e3779b1) >>> shift;
  // Polynomial rolling hash modulo 2^32.
  const BASE = 0x01000193;
  let topPower = 1;
  for (let i = 1; i < GRAM_LENGTH; i++) topPower = Math.imul(topPower, BASE);
  let hash = 0;
  for (let i = 0; i < Math.min(GRAM_LENGTH, text.length); i++) {
    hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
  }
  // Positions are chained from the end, so each chain reads in ascending order.
  const hashes = new Int32Array(count);
  for (let position = 0; position < count; position++) {
    hashes[position] = hash;
    if (position + GRAM_LENGTH < text.length) {
      const outgoing = Math.imul(text.charCodeAt(position), topPower);
      hash = (Math.imul(hash - outgoing, BASE) + text.charCodeAt(position + GRAM_LENGTH)) | 0;
    }
  }
  for (let position = count - 1; position >= 0; position--) {
    const bucket = bucketOf(hashes[position] ?? 0);
    next[position] = heads[bucket] ?? -1;
    heads[bucket] = position;
    sizes[bucket] = (sizes[bucket] ?? 0) + 1;
  }

  const hashAt = (value: string, from: number) => {
    let h = 0;
    for (let i = from; i < from + GRAM_LENGTH; i++)
      h = (Math.imul(h, BASE) + value.charCodeAt(i)) | 0;
    return h;
  };

  return {
    positionsOf(reducedQuote) {
      if (reducedQuote.length < GRAM_LENGTH) return null;
      // Look up the quote's rarest stretch, so a common opening ("of the ") costs nothing.
      let bestOffset = 0;
      let bestBucket = bucketOf(hashAt(reducedQuote, 0));
      for (let offset = 1; offset + GRAM_LENGTH <= reducedQuote.length; offset++) {
        const bucket = bucketOf(hashAt(reducedQuote, offset));
        if ((sizes[bucket] ?? 0) < (sizes[bestBucket] ?? 0)) {
          bestBucket = bucket;
          bestOffset = offset;
        }
      }
      return (function* found() {
        let position = heads[bestBucket] ?? -1;
        for (; position >= 0; position = next[position] ?? -1) {
          const start = position - bestOffset;
          if (start >= 0 && text.startsWith(reducedQuote, start)) yield start;
        }
      })();
    },
  };
}
