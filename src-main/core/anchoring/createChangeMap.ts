import type { Replacement } from './anchoringTypes';

/** Where an old range lands in the new text, and how much of its own text survived. */
export interface MappedRange {
  readonly start: number;
  readonly end: number;
  /** Whether any replacement deleted part of the range or inserted text strictly inside it. */
  readonly touched: boolean;
  /** Code units of the old range that are still present in the new text. */
  readonly survivingLength: number;
}

/**
 * Maps old-text offsets and ranges through a sorted list of replacements.
 *
 * Boundary rules, shared by live editing and re-anchoring:
 * - text inserted exactly at a range's start or end lies outside it, so typing right after a
 *   claim never extends it and typing right before it shifts it;
 * - a replacement that deletes any of a range's text belongs to the range: the inserted text
 *   is kept inside it, so replacing a claim's last words keeps the new words in the claim;
 * - a range whose text was deleted completely collapses to the point where the deletion began.
 *
 * Every lookup is a binary search, so mapping k ranges through n replacements costs
 * O((n + k) log n) whatever order the ranges come in.
 */
export interface ChangeMap {
  readonly replacements: readonly Replacement[];
  /** New length minus old length. */
  readonly lengthDelta: number;
  mapStart(offset: number): number;
  mapEnd(offset: number): number;
  mapRange(start: number, end: number): MappedRange;
  /** Old code units in old [start, end) that the replacements deleted. */
  deletedWithin(start: number, end: number): number;
  /** New code units in new [start, end) that the replacements inserted. */
  insertedWithin(start: number, end: number): number;
  /** Inserted text as sorted, non-overlapping new-text ranges. */
  insertedRanges(): Array<readonly [number, number]>;
  /**
   * The replacements that touch old [start, end], ends included: an insertion exactly at
   * `start` or `end` counts. Each with where it lies in both texts.
   */
  replacementsTouching(start: number, end: number): TouchingReplacement[];
  /** Deleted text as sorted, non-overlapping old-text ranges. */
  deletedRanges(): Array<readonly [number, number]>;
}

export interface TouchingReplacement {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
}

export function createChangeMap(replacements: readonly Replacement[]): ChangeMap {
  const count = replacements.length;
  const oldStarts = new Float64Array(count);
  const oldEnds = new Float64Array(count);
  const newStarts = new Float64Array(count);
  const newEnds = new Float64Array(count);
  const deletedBefore = new Float64Array(count + 1);
  const insertedBefore = new Float64Array(count + 1);
  let delta = 0;
  replacements.forEach((replacement, i) => {
    const { oldStart, oldEnd, newLength } = replacement;
    if (oldEnd < oldStart || newLength < 0 || (i > 0 && oldStart < (oldEnds[i - 1] ?? 0))) {
      throw new RangeError(`replacement ${i} overlaps or precedes the one before it`);
    }
    oldStarts[i] = oldStart;
    oldEnds[i] = oldEnd;
    newStarts[i] = oldStart + delta;
    newEnds[i] = oldStart + delta + newLength;
    delta += newLength - (oldEnd - oldStart);
    deletedBefore[i + 1] = (deletedBefore[i] ?? 0) + (oldEnd - oldStart);
    insertedBefore[i + 1] = (insertedBefore[i] ?? 0) + newLength;
  });

  /** Lowest index whose `ends` value is > offset (or >= offset when `inclusive`). */
  const firstEnding = (ends: Float64Array, offset: number, inclusive: boolean): number => {
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const value = ends[middle] ?? 0;
      if (value > offset || (inclusive && value === offset)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const shiftBefore = (i: number): number =>
    i < count ? (newStarts[i] ?? 0) - (oldStarts[i] ?? 0) : delta;

  const mapStart = (offset: number): number => {
    const i = firstEnding(oldEnds, offset, false);
    if (i < count && (oldStarts[i] ?? 0) <= offset) return newStarts[i] ?? 0;
    return offset + shiftBefore(i);
  };
  const mapEnd = (offset: number): number => {
    const i = firstEnding(oldEnds, offset, true);
    if (i < count && (oldStarts[i] ?? 0) < offset) return newEnds[i] ?? 0;
    return offset + shiftBefore(i);
  };
  const deletedUpTo = (offset: number): number => {
    const i = firstEnding(oldEnds, offset, false);
    const partial = i < count ? Math.max(0, offset - (oldStarts[i] ?? 0)) : 0;
    return (deletedBefore[i] ?? 0) + partial;
  };
  const insertedUpTo = (offset: number): number => {
    const i = firstEnding(newEnds, offset, false);
    const partial = i < count ? Math.max(0, offset - (newStarts[i] ?? 0)) : 0;
    return (insertedBefore[i] ?? 0) + partial;
  };
  const deletedWithin = (start: number, end: number): number =>
    end <= start ? 0 : deletedUpTo(end) - deletedUpTo(start);

  const mapRange = (start: number, end: number): MappedRange => {
    if (start === end) {
      const point = mapStart(start);
      return { start: point, end: point, touched: false, survivingLength: 0 };
    }
    const i = firstEnding(oldEnds, start, false);
    if (i >= count || (oldStarts[i] ?? 0) >= end) {
      const shift = shiftBefore(i);
      return {
        start: start + shift,
        end: end + shift,
        touched: false,
        survivingLength: end - start,
      };
    }
    const newStart = (oldStarts[i] ?? 0) <= start ? (newStarts[i] ?? 0) : start + shiftBefore(i);
    const survivingLength = end - start - deletedWithin(start, end);
    const newEnd = survivingLength === 0 ? newStart : mapEnd(end);
    return { start: newStart, end: newEnd, touched: true, survivingLength };
  };

  const rangesOf = (starts: Float64Array, ends: Float64Array) => {
    const ranges: Array<readonly [number, number]> = [];
    for (let i = 0; i < count; i++) {
      const start = starts[i] ?? 0;
      const end = ends[i] ?? 0;
      if (end > start) ranges.push([start, end]);
    }
    return ranges;
  };

  return {
    replacements,
    lengthDelta: delta,
    mapStart,
    mapEnd,
    mapRange,
    deletedWithin,
    insertedWithin: (start, end) => (end <= start ? 0 : insertedUpTo(end) - insertedUpTo(start)),
    insertedRanges: () => rangesOf(newStarts, newEnds),
    replacementsTouching(start, end) {
      const touching: TouchingReplacement[] = [];
      for (let i = firstEnding(oldEnds, start, true); i < count; i++) {
        const oldStart = oldStarts[i] ?? 0;
        if (oldStart > end) break;
        touching.push({
          oldStart,
          oldEnd: oldEnds[i] ?? 0,
          newStart: newStarts[i] ?? 0,
          newEnd: newEnds[i] ?? 0,
        });
      }
      return touching;
    },
    deletedRanges: () => rangesOf(oldStarts, oldEnds),
  };
}
