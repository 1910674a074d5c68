import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairClaims } from '../../../../src-main/core/training/pairClaims';
import type { Span } from '../../../../src-main/core/training/trainingInput';
import { trimSpan } from '../../../../src-main/core/training/trimSpan';
import { spanOf } from './spanOf';

type Matched = [keyIndex: number, traineeIndex: number, strict: boolean];

function matched(text: string, key: Span[], trainee: Span[]): Matched[] {
  return pairClaims(text, key, trainee).pairs.map((pair) => [
    pair.keyIndex,
    pair.traineeIndex,
    pair.strict,
  ]);
}

describe('pairClaims', () => {
  const letters = 'aa bb cc dd ee ff gg';

  it('matches strictly when only whitespace differs at the boundaries', () => {
    const text = 'Mayor: crime fell 20 percent last year.';
    const key = [spanOf(text, 'crime fell 20 percent')];
    const trainee = [spanOf(text, ' crime fell 20 percent ')];
    expect(matched(text, key, trainee)).toEqual([[0, 0, true]]);
  });

  it('matches strictly when only punctuation differs at the boundaries', () => {
    const text = 'She said: "Our schools are the best," and left.';
    const key = [spanOf(text, 'Our schools are the best')];
    const trainee = [spanOf(text, '"Our schools are the best,"')];
    expect(matched(text, key, trainee)).toEqual([[0, 0, true]]);
  });

  it('matches leniently at Jaccard exactly 0.5 and not below', () => {
    const text = 'The new bridge cost five million.';
    const key = [spanOf(text, 'The new bridge cost five million')];
    // Key tokens {the, new, bridge, cost, five, million} (6).
    // "The new bridge": 3 shared / 6 in the union = 0.5 ≥ 0.5, a partial match.
    expect(matched(text, key, [spanOf(text, 'The new bridge')])).toEqual([[0, 0, false]]);
    // "The new": 2 shared / 6 = 0.33 < 0.5, no match.
    expect(matched(text, key, [spanOf(text, 'The new')])).toEqual([]);
  });

  it('breaks a tie between two trainee spans by the earlier trainee start', () => {
    // Key "bb cc dd ee" = [3, 14). T0 "cc dd ee" = [6, 14), T1 "bb cc dd" = [3, 11).
    // Overlaps: T0 8, T1 8. Jaccard: both 3/4. Same key, so the earlier trainee start
    // wins: T1 (start 3) over T0 (start 6). T0 is left spurious.
    const key = [spanOf(letters, 'bb cc dd ee')];
    const trainee = [spanOf(letters, 'cc dd ee'), spanOf(letters, 'bb cc dd')];
    expect(matched(letters, key, trainee)).toEqual([[0, 1, false]]);
  });

  it('breaks a tie between two key spans by the earlier key start', () => {
    // K0 "cc dd ee" = [6, 14), K1 "aa bb cc" = [0, 8), trainee "bb cc dd" = [3, 11).
    // Overlap with K0: [6, 11) = 5; with K1: [3, 8) = 5.
    // Jaccard with K0: {cc, dd} / {bb, cc, dd, ee} = 2/4; with K1: {bb, cc} / {aa, bb, cc, dd} = 2/4.
    // Tied on both, so K1 (start 0) wins over K0 (start 6).
    const key = [spanOf(letters, 'cc dd ee'), spanOf(letters, 'aa bb cc')];
    expect(matched(letters, key, [spanOf(letters, 'bb cc dd')])).toEqual([[1, 0, false]]);
  });

  it('gives an exact mark of a nested claim to the inner claim, not the outer one', () => {
    // Outer "aa bb cc dd" = [0, 11), inner "bb cc" = [3, 8); trainee marks "bb cc" = [3, 8).
    // Overlap: 5 with both. Jaccard: outer 2/4 = 0.5 (also lenient), inner 2/2 = 1.
    // The higher Jaccard breaks the tie: inner, strictly. Going by key start alone would
    // have paired the outer claim partially and missed the inner one.
    const key = [spanOf(letters, 'aa bb cc dd'), spanOf(letters, 'bb cc')];
    expect(matched(letters, key, [spanOf(letters, 'bb cc')])).toEqual([[1, 0, true]]);
  });

  it('does not let a larger overlap that fails the Jaccard test block a nested match', () => {
    // Outer "aa bb cc dd ee ff gg" = [0, 20), inner "cc dd" = [6, 11), trainee "bb cc dd" = [3, 11).
    // Overlap: outer 8, inner 5. Jaccard: outer 3/7 = 0.43 (not a candidate), inner 2/3.
    const key = [spanOf(letters, 'aa bb cc dd ee ff gg'), spanOf(letters, 'cc dd')];
    expect(matched(letters, key, [spanOf(letters, 'bb cc dd')])).toEqual([[1, 0, false]]);
  });

  it('matches both nested claims when the trainee marks both', () => {
    const key = [spanOf(letters, 'aa bb cc dd'), spanOf(letters, 'bb cc')];
    const trainee = [spanOf(letters, 'bb cc'), spanOf(letters, 'aa bb cc dd')];
    // Candidates (overlap, Jaccard): (K0,T1) 11, 1; (K1,T0) 5, 1; (K0,T0) 5, 2/4; (K1,T1) 5, 2/4.
    // Sorted, the greedy pass takes (K0,T1), then (K1,T0); the other two reuse a taken span.
    expect(matched(letters, key, trainee)).toEqual([
      [0, 1, true],
      [1, 0, true],
    ]);
  });

  it('pairs a duplicated trainee mark only once', () => {
    const key = [spanOf(letters, 'bb cc')];
    const trainee = [spanOf(letters, 'bb cc'), spanOf(letters, 'bb cc')];
    const pairing = pairClaims(letters, key, trainee);
    expect(pairing.pairs).toHaveLength(1);
    expect(pairing.pairs[0]?.traineeIndex).toBe(0);
  });

  it('pairs nothing for a trainee with no claims', () => {
    expect(pairClaims(letters, [spanOf(letters, 'bb')], [])).toEqual({
      pairs: [],
      keyCount: 1,
      traineeCount: 0,
    });
  });

  it('pairs one to one, only lenient matches, whatever the spans', () => {
    const text = 'aa bb cc. dd ee, ff gg hh ii jj kk';
    const span = fc
      .tuple(fc.nat(text.length), fc.nat(text.length))
      .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 6 }),
        fc.array(span, { maxLength: 6 }),
        (key, trainee) => {
          const { pairs } = pairClaims(text, key, trainee);
          expect(new Set(pairs.map((pair) => pair.keyIndex)).size).toBe(pairs.length);
          expect(new Set(pairs.map((pair) => pair.traineeIndex)).size).toBe(pairs.length);
          for (const pair of pairs) {
            expect(pair.overlap).toBeGreaterThan(0);
            expect(pair.jaccard).toBeGreaterThanOrEqual(0.5);
            const keySpan = trimSpan(text, key[pair.keyIndex] as Span);
            const traineeSpan = trimSpan(text, trainee[pair.traineeIndex] as Span);
            expect(pair.strict).toBe(
              keySpan.start === traineeSpan.start && keySpan.end === traineeSpan.end,
            );
          }
        },
      ),
    );
  });

  it('pairs the same spans whatever order the trainee marked them in', () => {
    const text = 'aa bb cc. dd ee, ff gg hh ii jj kk';
    const span = fc
      .tuple(fc.nat(text.length), fc.nat(text.length))
      .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    const matchedSpans = (key: Span[], trainee: Span[]): string[] =>
      pairClaims(text, key, trainee)
        .pairs.map((pair) => {
          // Marks that trim to the same span are interchangeable; compare them trimmed.
          const traineeSpan = trimSpan(text, trainee[pair.traineeIndex] as Span);
          return `${pair.keyIndex}:${traineeSpan.start}-${traineeSpan.end}`;
        })
        .sort();
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 5 }),
        fc.array(span, { maxLength: 5 }),
        (key, trainee) => {
          const reversed = [...trainee].reverse();
          expect(matchedSpans(key, reversed)).toEqual(matchedSpans(key, trainee));
        },
      ),
    );
  });
});
