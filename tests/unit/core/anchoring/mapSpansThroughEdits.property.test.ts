import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mapSpansThroughEdits,
  type LiveSpan,
  type TextEdit,
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

const rawEditArb = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 12 }),
  insert: fc.array(pieceArb, { maxLength: 3 }).map((pieces) => pieces.join('')),
});
const eventArb = fc.array(rawEditArb, { minLength: 1, maxLength: 3 });

/** Turns random numbers into non-overlapping, code-point-aligned edits of `text`. */
function editsFor(
  text: string,
  raw: ReadonlyArray<{ at: number; length: number; insert: string }>,
): TextEdit[] {
  const boundaries = codePointBoundaries(text);
  const edits: TextEdit[] = [];
  for (const { at, length, insert } of raw) {
    const startIndex = at % boundaries.length;
    const start = pick(boundaries, startIndex);
    const end = boundaries[Math.min(boundaries.length - 1, startIndex + length)] ?? start;
    const overlaps = edits.some(
      (other) =>
        (start < other.offset + other.deleteLength && other.offset < end) ||
        (start === other.offset && (end === start || other.deleteLength === 0)),
    );
    if (!overlaps) edits.push({ offset: start, deleteLength: end - start, insertText: insert });
  }
  return edits;
}

function spansFor(text: string, raw: ReadonlyArray<{ a: number; b: number }>): LiveSpan[] {
  const boundaries = codePointBoundaries(text);
  return raw.flatMap(({ a, b }, id) => {
    const [start, end] = [pick(boundaries, a), pick(boundaries, b)].sort((x, y) => x - y);
    if (start === undefined || end === undefined || start === end) return [];
    return [
      { id: id + 1, start, end, exact: text.slice(start, end), anchorState: 'attached' as const },
    ];
  });
}

describe('mapSpansThroughEdits, on random texts and edit sequences', () => {
  it('keeps untouched claims on their text, orphans deleted ones and keeps partial ones on what survived', () => {
    fc.assert(
      fc.property(
        textArb(50),
        fc.array(fc.record({ a: fc.nat(), b: fc.nat() }), { minLength: 1, maxLength: 8 }),
        fc.array(eventArb, { minLength: 1, maxLength: 4 }),
        (initialText, rawSpans, events) => {
          let text = initialText;
          let spans = spansFor(text, rawSpans);
          for (const rawEvent of events) {
            const edits = editsFor(text, rawEvent);
            const next = applyEdits(text, identityLabels(text.length), edits);
            const newIndexOfLabel = new Map(next.labels.map((label, index) => [label, index]));
            const { spans: mapped, changedIds } = mapSpansThroughEdits(spans, edits, next.text);

            spans.forEach((before, i) => {
              const after = mapped[i];
              if (!after) throw new Error('a span went missing');
              expect(after.id).toBe(before.id);
              expect(after.end).toBeLessThanOrEqual(next.text.length);
              expect(splitsPair(next.text, after.start)).toBe(false);
              expect(splitsPair(next.text, after.end)).toBe(false);
              if (before.start === before.end) {
                expect(after.end).toBe(after.start);
                expect(after.anchorState).toBe(before.anchorState);
                return;
              }
              const newPositions: number[] = [];
              for (let label = before.start; label < before.end; label++) {
                const position = newIndexOfLabel.get(label);
                if (position !== undefined) newPositions.push(position);
              }
              const first = newPositions[0];
              const length = before.end - before.start;
              const untouched =
                first !== undefined &&
                newPositions.length === length &&
                newPositions.at(-1) === first + length - 1;
              if (untouched) {
                expect(after).toEqual({ ...before, start: first, end: first + length });
                expect(next.text.slice(after.start, after.end)).toBe(before.exact);
                expect(changedIds).not.toContain(before.id);
              } else if (first === undefined) {
                expect(after).toMatchObject({ anchorState: 'orphaned', exact: before.exact });
                expect(after.end).toBe(after.start);
                expect(changedIds).toContain(before.id);
              } else {
                expect(after.start).toBeLessThanOrEqual(first);
                expect(after.end).toBeGreaterThan(newPositions.at(-1) ?? Infinity);
                expect(after.exact).toBe(next.text.slice(after.start, after.end));
                const changed = after.exact !== before.exact;
                expect(after.anchorState).toBe(changed ? 'changed' : before.anchorState);
                expect(changedIds.includes(before.id)).toBe(changed);
              }
            });
            text = next.text;
            spans = mapped;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
