import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointToUtf16Offset,
  createCodePointIndex,
  utf16ToCodePointOffset,
} from '../../../../src-main/core/text/codePoints';
import { codePointBoundaries, textArb } from '../anchoring/textArbitraries';

describe('utf16ToCodePointOffset', () => {
  it('counts an astral character as one code point and two code units', () => {
    const text = 'a😀b';
    expect([0, 1, 3, 4].map((offset) => utf16ToCodePointOffset(text, offset))).toEqual([
      0, 1, 2, 3,
    ]);
  });

  it('counts a combining mark as its own code point', () => {
    const text = 'cafe\u0301!';
    expect(utf16ToCodePointOffset(text, 5)).toBe(5);
    expect(utf16ToCodePointOffset(text, 6)).toBe(6);
  });

  it('counts each half of an emoji with a skin-tone modifier as astral code points', () => {
    const text = '👍🏽x';
    expect(utf16ToCodePointOffset(text, 2)).toBe(1);
    expect(utf16ToCodePointOffset(text, 4)).toBe(2);
    expect(utf16ToCodePointOffset(text, 5)).toBe(3);
  });

  it('counts lone surrogates as one code point each', () => {
    expect(utf16ToCodePointOffset('\ude00\ud83d', 2)).toBe(2);
    expect(utf16ToCodePointOffset('\ud83dx', 2)).toBe(2);
  });

  it('rejects offsets outside the text', () => {
    expect(() => utf16ToCodePointOffset('abc', -1)).toThrow(RangeError);
    expect(() => utf16ToCodePointOffset('abc', 4)).toThrow(RangeError);
  });

  // Known bug: NaN and fractional offsets pass the range check and give made-up answers
  // (NaN → 0, 1.5 → 2). Flip to `it` once codePoints validates integers.
  it('rejects offsets that are not integers', () => {
    expect(() => utf16ToCodePointOffset('a😀b', Number.NaN)).toThrow(RangeError);
    expect(() => utf16ToCodePointOffset('a😀b', 1.5)).toThrow(RangeError);
  });
});

describe('codePointToUtf16Offset', () => {
  it('steps over both units of an astral character', () => {
    const text = '𝒳😀b';
    expect([0, 1, 2, 3].map((offset) => codePointToUtf16Offset(text, offset))).toEqual([
      0, 2, 4, 5,
    ]);
  });

  it('treats a CRLF as two code points', () => {
    expect(codePointToUtf16Offset('a\r\nb', 3)).toBe(3);
  });

  it('rejects negative offsets and offsets past the end', () => {
    expect(() => codePointToUtf16Offset('a😀', -1)).toThrow(RangeError);
    expect(() => codePointToUtf16Offset('a😀', 3)).toThrow(RangeError);
    expect(codePointToUtf16Offset('a😀', 2)).toBe(3);
  });

  // Known bug, as above: NaN → 0 and 1.5 → 3 instead of a RangeError.
  it('rejects offsets that are not integers', () => {
    expect(() => codePointToUtf16Offset('a😀b', Number.NaN)).toThrow(RangeError);
    expect(() => codePointToUtf16Offset('a😀b', 1.5)).toThrow(RangeError);
  });
});

describe('code point conversion round trip', () => {
  it('returns every code point boundary to itself', () => {
    fc.assert(
      fc.property(textArb(), (text) => {
        const boundaries = codePointBoundaries(text);
        const codePoints = boundaries.map((offset) => utf16ToCodePointOffset(text, offset));
        expect(codePoints).toEqual(boundaries.map((_, i) => i));
        expect(codePoints.map((offset) => codePointToUtf16Offset(text, offset))).toEqual(
          boundaries,
        );
        expect(codePoints.at(-1)).toBe([...text].length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('createCodePointIndex', () => {
  it('converts every code point offset as codePointToUtf16Offset does, lone surrogates too', () => {
    fc.assert(
      fc.property(fc.oneof(textArb(), fc.string({ unit: 'binary' })), (text) => {
        const index = createCodePointIndex(text);
        const codePoints = utf16ToCodePointOffset(text, text.length);
        for (let offset = 0; offset <= codePoints; offset++) {
          expect(index.toUtf16(offset)).toBe(codePointToUtf16Offset(text, offset));
        }
        expect(() => index.toUtf16(codePoints + 1)).toThrow(/past the end/);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses fractions and negative offsets', () => {
    const index = createCodePointIndex('a😀b');
    expect(() => index.toUtf16(1.5)).toThrow(RangeError);
    expect(() => index.toUtf16(-1)).toThrow(RangeError);
    expect(index.toUtf16(2)).toBe(3);
  });
});
