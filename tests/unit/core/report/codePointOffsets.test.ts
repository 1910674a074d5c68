import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf16ToCodePointOffset } from '../../../../src-main/core/text/codePoints';
import { codePointOffsets } from '../../../../src-main/core/report/codePointOffsets';

describe('codePointOffsets', () => {
  it('agrees with utf16ToCodePointOffset at every offset that does not split a pair', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '😀', '🇺', '\n'), maxLength: 30 });
    fc.assert(
      fc.property(text, (value) => {
        const offsets = [...Array(value.length + 1).keys()].filter(
          (offset) => !/[\udc00-\udfff]/.test(value[offset] ?? ''),
        );
        const converted = codePointOffsets(value, offsets);
        for (const offset of offsets) {
          expect(converted.get(offset)).toBe(utf16ToCodePointOffset(value, offset));
        }
      }),
    );
  });

  it('refuses offsets outside the text', () => {
    expect(() => codePointOffsets('abc', [4])).toThrow(RangeError);
  });
});
