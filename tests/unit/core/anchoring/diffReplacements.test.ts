import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createChangeMap,
  diffReplacements,
  type Replacement,
} from '../../../../src-main/core/anchoring';
import {
  applyEdits,
  codePointBoundaries,
  identityLabels,
  pick,
  pieceArb,
  splitsPair,
  textArb,
} from './textArbitraries';

/** Checks that the replacements really turn oldText into newText. */
function expectExplains(oldText: string, newText: string, replacements: Replacement[]) {
  const map = createChangeMap(replacements);
  expect(oldText.length + map.lengthDelta).toBe(newText.length);
  let oldPosition = 0;
  for (const replacement of [
    ...replacements,
    { oldStart: oldText.length, oldEnd: oldText.length, newLength: 0 },
  ]) {
    const kept = oldText.slice(oldPosition, replacement.oldStart);
    const newStart = map.mapStart(oldPosition);
    expect(newText.slice(newStart, newStart + kept.length)).toBe(kept);
    oldPosition = replacement.oldEnd;
  }
}

describe('diffReplacements', () => {
  it('finds nothing to replace in identical texts', () => {
    expect(diffReplacements('same text', 'same text')).toEqual([]);
  });

  it('finds a single word change', () => {
    const replacements = diffReplacements('prices rose 5% in May', 'prices fell 5% in May');
    expect(replacements).toEqual([{ oldStart: 7, oldEnd: 11, newLength: 4 }]);
  });

  it('never cuts an emoji in half, even when two emoji share their first code unit', () => {
    const oldText = 'mood 😀 today';
    const newText = 'mood 😁 today';
    const replacements = diffReplacements(oldText, newText);
    expect(replacements).toEqual([{ oldStart: 5, oldEnd: 7, newLength: 2 }]);
  });

  it('folds coincidental letters of a rewritten sentence into one replacement', () => {
    const oldText = 'Intro.\nThe cat sat on the mat quietly.\nOutro.\n';
    const newText = 'Intro.\nA dog ran at the park loudly.\nOutro.\n';
    const replacements = diffReplacements(oldText, newText);
    expect(replacements).toHaveLength(1);
    expectExplains(oldText, newText, replacements);
  });

  it('diffs long multi-line texts line by line and explains them exactly', () => {
    const lines = Array.from(
      { length: 400 },
      (_, i) => `Line ${i} says the minister said ${i * 7}.\r\n`,
    );
    const oldText = lines.join('');
    const changed = [...lines];
    changed[10] = 'A new line entirely.\r\n';
    changed.splice(200, 3);
    changed.splice(300, 0, lines[50] ?? '');
    const newText = changed.join('');
    expectExplains(oldText, newText, diffReplacements(oldText, newText));
  });

  it('explains random edits exactly, with every boundary on a code point', () => {
    fc.assert(
      fc.property(
        textArb(80),
        fc.array(
          fc.record({
            at: fc.nat(),
            length: fc.nat({ max: 20 }),
            insert: fc.array(pieceArb, { maxLength: 4 }),
          }),
          { maxLength: 6 },
        ),
        (oldText, raw) => {
          const boundaries = codePointBoundaries(oldText);
          const edits: Array<{ offset: number; deleteLength: number; insertText: string }> = [];
          for (const { at, length, insert } of raw) {
            const index = at % boundaries.length;
            const start = pick(boundaries, index);
            const end = boundaries[Math.min(boundaries.length - 1, index + length)] ?? start;
            if (edits.some((e) => start <= e.offset + e.deleteLength && e.offset <= end)) continue;
            edits.push({ offset: start, deleteLength: end - start, insertText: insert.join('') });
          }
          const newText = applyEdits(oldText, identityLabels(oldText.length), edits).text;
          const replacements = diffReplacements(oldText, newText);
          expectExplains(oldText, newText, replacements);
          const map = createChangeMap(replacements);
          for (const { oldStart, oldEnd } of replacements) {
            expect(splitsPair(oldText, oldStart)).toBe(false);
            expect(splitsPair(oldText, oldEnd)).toBe(false);
            expect(splitsPair(newText, map.mapStart(oldStart))).toBe(false);
            expect(splitsPair(newText, map.mapEnd(oldEnd))).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
