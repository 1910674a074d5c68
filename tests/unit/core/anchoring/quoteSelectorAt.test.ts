import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteSelectorAt } from '../../../../src-main/core/anchoring';
import { CONTEXT_LENGTH } from '../../../../src-main/core/model';
import { codePointBoundaries, pick, splitsPair, textArb } from './textArbitraries';

describe('quoteSelectorAt', () => {
  const text = `${'a'.repeat(40)}CLAIM${'b'.repeat(40)}`;

  it('keeps CONTEXT_LENGTH code units either side', () => {
    expect(quoteSelectorAt(text, 40, 45)).toEqual({
      exact: 'CLAIM',
      prefix: 'a'.repeat(CONTEXT_LENGTH),
      suffix: 'b'.repeat(CONTEXT_LENGTH),
    });
  });

  it('clamps the context at the edges of the text', () => {
    expect(quoteSelectorAt('one two three', 0, 3)).toEqual({
      exact: 'one',
      prefix: '',
      suffix: ' two three',
    });
    expect(quoteSelectorAt('one two three', 8, 13)).toEqual({
      exact: 'three',
      prefix: 'one two ',
      suffix: '',
    });
  });

  it('allows an empty range', () => {
    expect(quoteSelectorAt('abc', 1, 1)).toEqual({ exact: '', prefix: 'a', suffix: 'bc' });
  });

  it('rejects reversed, out-of-range and non-integer ranges', () => {
    expect(() => quoteSelectorAt('abc', 2, 1)).toThrow(RangeError);
    expect(() => quoteSelectorAt('abc', -1, 1)).toThrow(RangeError);
    expect(() => quoteSelectorAt('abc', 1, 4)).toThrow(RangeError);
    expect(() => quoteSelectorAt('abc', 0.5, 1)).toThrow(RangeError);
    expect(() => quoteSelectorAt('abc', Number.NaN, 1)).toThrow(RangeError);
  });

  it('rejects a range that splits a surrogate pair', () => {
    expect(() => quoteSelectorAt('a😀b', 2, 4)).toThrow(RangeError);
    expect(() => quoteSelectorAt('a😀b', 0, 2)).toThrow(RangeError);
  });

  it('shortens a context rather than cut an emoji in half', () => {
    const emojiText = `x${'😀'.repeat(20)}Q${'😀'.repeat(20)}`;
    const start = emojiText.indexOf('Q');
    const selector = quoteSelectorAt(emojiText, start, start + 1);
    expect(selector.prefix).toBe('😀'.repeat(16));
    expect(selector.suffix).toBe('😀'.repeat(16));
    const odd = `${'😀'.repeat(20)}xQx${'😀'.repeat(20)}`;
    const oddStart = odd.indexOf('Q');
    const oddSelector = quoteSelectorAt(odd, oddStart, oddStart + 1);
    expect(oddSelector.prefix).toBe(`${'😀'.repeat(15)}x`);
    expect(oddSelector.suffix).toBe(`x${'😀'.repeat(15)}`);
  });

  it('always returns well-formed strings that rebuild the surrounding text', () => {
    fc.assert(
      fc.property(textArb(), fc.nat(), fc.nat(), (value, a, b) => {
        const boundaries = codePointBoundaries(value);
        const [start, end] = [pick(boundaries, a), pick(boundaries, b)].sort((x, y) => x - y);
        if (start === undefined || end === undefined) return;
        const { exact, prefix, suffix } = quoteSelectorAt(value, start, end);
        expect(exact).toBe(value.slice(start, end));
        expect(value.slice(start - prefix.length, start)).toBe(prefix);
        expect(value.slice(end, end + suffix.length)).toBe(suffix);
        expect(prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(prefix.length).toBeGreaterThanOrEqual(Math.min(start, CONTEXT_LENGTH - 1));
        expect(splitsPair(value, start - prefix.length)).toBe(false);
        expect(splitsPair(value, end + suffix.length)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
