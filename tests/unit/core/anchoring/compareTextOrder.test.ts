import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTextOrder } from '../../../../src-main/core/anchoring/compareTextOrder';

const span = (id: number, start: number, end: number) => ({ id, start, end });

describe('compareTextOrder', () => {
  it('orders by start, the outer of two sharing a start first, then by id', () => {
    const claims = [
      span(5, 10, 20),
      span(4, 0, 5),
      span(3, 10, 30),
      span(2, 10, 20),
      span(1, 40, 41),
    ];
    expect([...claims].sort(compareTextOrder).map((c) => c.id)).toEqual([4, 3, 2, 5, 1]);
  });

  it('gives the same order whatever order the claims arrive in, as the store’s ORDER BY does', () => {
    const claims = fc.uniqueArray(
      fc.record({
        id: fc.integer({ min: 1, max: 10_000 }),
        start: fc.integer({ min: 0, max: 20 }),
        length: fc.integer({ min: 0, max: 5 }),
      }),
      { selector: (c) => c.id, maxLength: 40 },
    );
    fc.assert(
      fc.property(claims, fc.infiniteStream(fc.double()), (raw, shuffle) => {
        const list = raw.map((c) => span(c.id, c.start, c.start + c.length));
        const shuffled = list
          .map((c) => ({ c, key: shuffle.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ c }) => c);
        const expected = [...list].sort((a, b) =>
          a.start !== b.start ? a.start - b.start : a.end !== b.end ? b.end - a.end : a.id - b.id,
        );
        expect([...shuffled].sort(compareTextOrder)).toEqual(expected);
      }),
    );
  });
});
