import { describe, expect, it } from 'vitest';
import type { ClaimPlace } from '../../../src-main/core/model';
import { standardScale } from '../../../src-main/core/scales/builtinScales';
import { nestingDepths } from '../../../src-renderer/src/editor/claimDecorations';
import { claimHover, claimMarks } from '../../../src-renderer/src/editor/claimMarks';
import { mulberry32 } from '../../helpers/mulberry32';

function place(id: number, start: number, end: number, patch: Partial<ClaimPlace> = {}) {
  return { id, start, end, anchorState: 'attached', verdict: null, ...patch } as ClaimPlace;
}

describe('nesting depths of highlights', () => {
  it('gives claims inside others, and overlapping ones, the first depth not in use there', () => {
    const depths = nestingDepths([
      place(1, 0, 100),
      place(2, 10, 50),
      place(3, 20, 30),
      place(4, 40, 120),
      place(5, 130, 140),
    ]);
    expect(Object.fromEntries(depths)).toEqual({ 1: 0, 2: 1, 3: 2, 4: 2, 5: 0 });
  });

  it('is the same whatever order the claims come in', () => {
    const claims = [place(1, 0, 100), place(2, 0, 40), place(3, 0, 40), place(4, 40, 60)];
    const expected = Object.fromEntries(nestingDepths(claims));
    expect(expected).toEqual({ 1: 0, 2: 1, 3: 2, 4: 1 });
    expect(Object.fromEntries(nestingDepths([...claims].reverse()))).toEqual(expected);
  });

  it('frees a depth where a claim ends, even when claims that end later are still open', () => {
    const depths = nestingDepths([
      place(1, 0, 200),
      place(2, 10, 150),
      place(3, 20, 30),
      place(4, 40, 50),
      place(5, 160, 170),
    ]);
    expect(Object.fromEntries(depths)).toEqual({ 1: 0, 2: 1, 3: 2, 4: 2, 5: 1 });
  });
});

/** The rule written plainly: each claim takes the first depth no enclosing open claim uses. */
function plainDepths(claims: readonly ClaimPlace[]): Map<number, number> {
  const sorted = [...claims].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const depths = new Map<number, number>();
  sorted.forEach((claim, index) => {
    const used = new Set(
      sorted
        .slice(0, index)
        .filter((other) => other.end > claim.start)
        .map((other) => depths.get(other.id)),
    );
    let depth = 0;
    while (used.has(depth)) depth++;
    depths.set(claim.id, Math.min(depth, 2));
  });
  return depths;
}

describe('nesting depths at scale', () => {
  it('agrees with the plain rule on random nested and overlapping claims', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = mulberry32(seed);
      const claims = Array.from({ length: 60 }, (_, index) => {
        const start = Math.floor(random() * 200);
        return place(index + 1, start, start + 1 + Math.floor(random() * 60));
      });
      expect(Object.fromEntries(nestingDepths(claims)), `seed ${seed}`).toEqual(
        Object.fromEntries(plainDepths(claims)),
      );
    }
  });

  it('draws thousands of claims on the same words as a tint, an underline and dotted ones', () => {
    const claims = Array.from({ length: 20_000 }, (_, index) => place(index + 1, 100, 140));
    const depths = nestingDepths(claims);
    expect([depths.get(1), depths.get(2), depths.get(3), depths.get(20_000)]).toEqual([0, 1, 2, 2]);
  });
});

describe('claim marks from places', () => {
  it('colours each placed claim by its rating and leaves out claims whose words were not found', () => {
    const marks = claimMarks(
      [
        place(1, 0, 10, { verdict: { scaleId: 'standard', ratingKey: 'false' } }),
        place(2, 2, 6),
        place(3, 20, 30, { anchorState: 'orphaned' }),
        place(4, 40, 40),
      ],
      [standardScale],
    );
    expect(marks).toEqual([
      { id: 1, start: 0, end: 10, className: 'fd-claim-c62828-d0', colour: '#c62828' },
      { id: 2, start: 2, end: 6, className: 'fd-claim-8a8f98-d1', colour: '#8a8f98' },
    ]);
  });

  it('names the claimant in a hover once the outline is read, and only the rating before', () => {
    const rated = place(1, 0, 10, { verdict: { scaleId: 'standard', ratingKey: 'true' } });
    expect(claimHover(rated, [standardScale])).toBe('**True**');
    const outlined = { ...rated, claimant: 'A. Ramos' };
    expect(claimHover(outlined, [standardScale])).toBe('**True** · A\\. Ramos');
  });
});
