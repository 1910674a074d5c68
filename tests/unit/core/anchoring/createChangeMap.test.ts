import { describe, expect, it } from 'vitest';
import { createChangeMap } from '../../../../src-main/core/anchoring';

// old "0123456789": delete [2,4), insert 3 units at 6, replace [8,9) by 2 units.
const map = createChangeMap([
  { oldStart: 2, oldEnd: 4, newLength: 0 },
  { oldStart: 6, oldEnd: 6, newLength: 3 },
  { oldStart: 8, oldEnd: 9, newLength: 2 },
]);

describe('createChangeMap', () => {
  it('reports how much the text grew', () => {
    expect(map.lengthDelta).toBe(-2 + 3 + 1);
  });

  it('maps starts after insertions at the same offset and ends before them', () => {
    expect(map.mapStart(6)).toBe(7);
    expect(map.mapEnd(6)).toBe(4);
  });

  it('maps offsets inside a deletion to where it began, ends past its inserted text', () => {
    expect(map.mapStart(3)).toBe(2);
    expect(map.mapEnd(3)).toBe(2);
    expect(map.mapStart(8)).toBe(9);
    expect(map.mapEnd(9)).toBe(11);
  });

  it('maps a range touched by nothing by plain shifting', () => {
    expect(map.mapRange(4, 6)).toEqual({ start: 2, end: 4, touched: false, survivingLength: 2 });
    expect(map.mapRange(9, 10)).toEqual({ start: 11, end: 12, touched: false, survivingLength: 1 });
  });

  it('counts what survives of a touched range', () => {
    expect(map.mapRange(1, 5)).toEqual({ start: 1, end: 3, touched: true, survivingLength: 2 });
    expect(map.mapRange(5, 7)).toEqual({ start: 3, end: 8, touched: true, survivingLength: 2 });
  });

  it('collapses a range whose text was all deleted', () => {
    expect(map.mapRange(2, 4)).toEqual({ start: 2, end: 2, touched: true, survivingLength: 0 });
    expect(map.mapRange(8, 9)).toEqual({ start: 9, end: 9, touched: true, survivingLength: 0 });
  });

  it('measures deleted and inserted text and lists it', () => {
    expect(map.deletedWithin(0, 10)).toBe(3);
    expect(map.deletedWithin(3, 9)).toBe(2);
    expect(map.insertedWithin(0, 12)).toBe(5);
    expect(map.insertedWithin(5, 10)).toBe(3);
    expect(map.insertedRanges()).toEqual([
      [4, 7],
      [9, 11],
    ]);
    expect(map.deletedRanges()).toEqual([
      [2, 4],
      [8, 9],
    ]);
  });

  it('rejects replacements out of order', () => {
    expect(() =>
      createChangeMap([
        { oldStart: 5, oldEnd: 6, newLength: 0 },
        { oldStart: 1, oldEnd: 2, newLength: 0 },
      ]),
    ).toThrow(RangeError);
  });
});
