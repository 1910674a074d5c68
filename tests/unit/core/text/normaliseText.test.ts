import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../../src-main/core/text/normaliseText';
import { textArb } from '../anchoring/textArbitraries';

describe('normaliseText', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normaliseText('a\r\nb\rc\n\r\nd')).toBe('a\nb\nc\n\nd');
  });

  it('drops one leading byte-order mark and keeps any other', () => {
    expect(normaliseText('\ufeffabc')).toBe('abc');
    expect(normaliseText('\ufeff\ufeffabc')).toBe('\ufeffabc');
    expect(normaliseText('a\ufeffb')).toBe('a\ufeffb');
  });

  it('leaves emoji, combining marks and astral characters untouched', () => {
    const text = 'café 😀 👍🏽 𝒳 中文 n\u0303o';
    expect(normaliseText(text)).toBe(text);
  });

  it('handles the empty text and a lone BOM', () => {
    expect(normaliseText('')).toBe('');
    expect(normaliseText('\ufeff')).toBe('');
  });

  it('is idempotent and leaves no CR behind', () => {
    fc.assert(
      fc.property(
        textArb(),
        fc.constantFrom('', '\ufeff'),
        fc.array(fc.constantFrom('\r', '\r\n')),
        (text, bom, extra) => {
          const normalised = normaliseText(bom + text + extra.join(''));
          expect(normalised).not.toContain('\r');
          expect(normalised.startsWith('\ufeff')).toBe(false);
          expect(normaliseText(normalised)).toBe(normalised);
        },
      ),
      { numRuns: 200 },
    );
  });
});
