/** Anything placed in the text by UTF-16 offsets, with an id to break ties. */
export interface PlacedInText {
  id: number;
  start: number;
  end: number;
}

/**
 * Text order, which is also how claims are numbered: by start offset, the outer of two that share
 * a start first (the longer one), then by id, so that the order never depends on how the list was
 * built. The store reads claims by start and puts those that share one in this order.
 */
export function compareTextOrder(a: PlacedInText, b: PlacedInText): number {
  return a.start - b.start || b.end - a.end || a.id - b.id;
}

/**
 * `items` in text order (compareTextOrder): the same array when it is in that order already,
 * as after most edits, which only shift claims; a sorted copy when an edit (a paragraph moved)
 * changed the order. O(n) when nothing moved.
 */
export function inTextOrder<T extends PlacedInText>(items: T[]): T[] {
  for (let index = 1; index < items.length; index++) {
    const before = items[index - 1];
    const after = items[index];
    if (before && after && compareTextOrder(before, after) > 0) {
      return [...items].sort(compareTextOrder);
    }
  }
  return items;
}
