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
