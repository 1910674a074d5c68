import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimSpan } from '../../../../src-main/core/training/trimSpan';

function trimmedText(text: string, start: number, end: number): string {
  const span = trimSpan(text, { start, end });
  return text.slice(span.start, span.end);
}

describe('trimSpan', () => {
  it('drops whitespace at both ends and maps back to offsets in the text', () => {
    const text = 'He said  crime fell\n today.';
    // "  crime fell\n" is [7, 20); the two spaces and the newline go: [9, 19) = "crime fell".
    expect(trimSpan(text, { start: 7, end: 20 })).toEqual({ start: 9, end: 19 });
  });

  it('drops quotes, brackets, commas and full stops but keeps inner punctuation', () => {
    const text = '(“Schools are the best, by far.”)';
    expect(trimmedText(text, 0, text.length)).toBe('Schools are the best, by far');
  });

  it('keeps currency symbols, which are symbols rather than punctuation', () => {
    expect(trimmedText('cost $5m.', 5, 9)).toBe('$5m');
  });

  it('treats % as punctuation, so "20%" and "20" trim alike', () => {
    expect(trimmedText('fell 20%', 0, 8)).toBe('fell 20');
  });

  it('collapses a span of only punctuation and spaces to an empty span at its end', () => {
    expect(trimSpan('a — , b', { start: 1, end: 6 })).toEqual({ start: 6, end: 6 });
  });

  it('leaves an already tight span alone and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '"', '\n', '—', 'é') }),
        fc.nat(),
        fc.nat(),
        (text, x, y) => {
          const start = Math.min(x, y) % (text.length + 1);
          const end = Math.max(start, Math.max(x, y) % (text.length + 1));
          const once = trimSpan(text, { start, end });
          expect(once.start).toBeGreaterThanOrEqual(start);
          expect(once.end).toBeLessThanOrEqual(end);
          expect(once.start).toBeLessThanOrEqual(once.end);
          expect(trimSpan(text, once)).toEqual(once);
        },
      ),
    );
  });

  it('trims punctuation outside the Basic Multilingual Plane as one character', () => {
    // U+10100 AEGEAN WORD SEPARATOR LINE is \p{Po} and takes two UTF-16 code units.
    const text = 'word\u{10100}';
    expect(trimSpan(text, { start: 0, end: text.length })).toEqual({ start: 0, end: 4 });
  });
});
