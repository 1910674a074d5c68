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
