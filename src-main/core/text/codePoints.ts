/**
 * Factdesk stores offsets in UTF-16 code units (what JS and Monaco use). W3C
 * TextPositionSelector offsets are exchanged in Unicode code points so that tools in other
 * languages agree; these convert between the two.
 */
export function utf16ToCodePointOffset(text: string, utf16Offset: number): number {
  if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > text.length) {
    throw new RangeError(`offset ${utf16Offset} is outside a text of length ${text.length}`);
  }
  let codePoints = 0;
  for (let i = 0; i < utf16Offset; i++) {
    const unit = text.charCodeAt(i);
    const isHighSurrogate = unit >= 0xd800 && unit <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHighSurrogate && i + 1 < utf16Offset && next >= 0xdc00 && next <= 0xdfff) i++;
    codePoints++;
  }
  return codePoints;
}

export function codePointToUtf16Offset(text: string, codePointOffset: number): number {
  if (!Number.isInteger(codePointOffset) || codePointOffset < 0) {
    throw new RangeError(`offset ${codePointOffset} is not a whole number of code points`);
  }
  let utf16 = 0;
  for (let seen = 0; seen < codePointOffset; seen++) {
    if (utf16 >= text.length) {
      throw new RangeError(`code point offset ${codePointOffset} is past the end of the text`);
    }
    const codePoint = text.codePointAt(utf16) ?? 0;
    utf16 += codePoint > 0xffff ? 2 : 1;
  }
  return utf16;
}

/** Converts offsets of one text between code points and UTF-16 code units, each in O(log n). */
export interface CodePointIndex {
  /**
   * The UTF-16 offset of code point offset `codePointOffset`. Throws a RangeError for a
   * fraction, a negative offset or one past the end of the text.
   */
  toUtf16(codePointOffset: number): number;
}

/**
 * An index of the text's surrogate pairs, built in one pass, for converting many offsets:
 * converting each with codePointToUtf16Offset would scan the text from its start every time,
 * which for thousands of annotations on a long article takes minutes.
 */
export function createCodePointIndex(text: string): CodePointIndex {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // Stored as the pair's offset in code points, so a lookup is one binary search.
        pairs.push(i - pairs.length);
        i++;
      }
    }
  }
  const codePointLength = text.length - pairs.length;
  return {
    toUtf16(codePointOffset) {
      if (!Number.isInteger(codePointOffset) || codePointOffset < 0) {
        throw new RangeError(`offset ${codePointOffset} is not a whole number of code points`);
      }
      if (codePointOffset > codePointLength) {
        throw new RangeError(`code point offset ${codePointOffset} is past the end of the text`);
      }
      let low = 0;
      let high = pairs.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((pairs[middle] ?? 0) < codePointOffset) low = middle + 1;
        else high = middle;
      }
      return codePointOffset + low;
    },
  };
}
