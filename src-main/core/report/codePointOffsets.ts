/**
 * Converts many UTF-16 offsets to Unicode code point offsets in one pass over the text, where
 * converting each alone would rescan the text from its start every time.
 */
export function codePointOffsets(
  text: string,
  utf16Offsets: Iterable<number>,
): Map<number, number> {
  const wanted = [...new Set(utf16Offsets)].sort((a, b) => a - b);
  const result = new Map<number, number>();
  let utf16 = 0;
  let codePoints = 0;
  for (const offset of wanted) {
    if (offset < 0 || offset > text.length) {
      throw new RangeError(`offset ${offset} is outside a text of length ${text.length}`);
    }
    while (utf16 < offset) {
      const unit = text.charCodeAt(utf16);
      const next = text.charCodeAt(utf16 + 1);
      const pair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      // An offset inside a pair counts the pair as begun, matching utf16ToCodePointOffset.
      utf16 += pair && utf16 + 1 < offset ? 2 : 1;
      codePoints++;
    }
    result.set(offset, codePoints);
  }
  return result;
}
