import type { ClaimMark } from './claimMarks';

/** What to change in the editor's highlights, in one batch. */
export interface MarkChanges {
  add: ClaimMark[];
  /** Ids of claims whose highlight goes. */
  remove: number[];
  /** Marks whose class or colour changed (a verdict, the nesting, the selection). */
  restyle: ClaimMark[];
  /** Marks to put where the service says their claim is. */
  move: ClaimMark[];
}

/** A range in UTF-16 offsets. */
export interface OffsetRange {
  start: number;
  end: number;
}

/**
 * Compares the highlights shown with the ones wanted, so only what changed is touched: the
 * editor moves highlights through edits itself. `liveRange` tells where the editor shows a claim
 * now; pass it only when the editor's text is the text the service holds, so that the service's
 * positions may replace the editor's. Without it no highlight is moved, only added, removed or
 * restyled. Runs in time linear in the number of claims.
 */
export function diffClaimMarks(
  shown: ReadonlyMap<number, ClaimMark>,
  wanted: readonly ClaimMark[],
  liveRange: ((id: number) => OffsetRange | null) | null,
): MarkChanges {
  const changes: MarkChanges = { add: [], remove: [], restyle: [], move: [] };
  const wantedIds = new Set<number>();
  for (const mark of wanted) {
    wantedIds.add(mark.id);
    const before = shown.get(mark.id);
    if (!before) {
      changes.add.push(mark);
      continue;
    }
    if (before.className !== mark.className || before.colour !== mark.colour) {
      changes.restyle.push(mark);
    }
    if (liveRange) {
      const live = liveRange(mark.id);
      if (!live || live.start !== mark.start || live.end !== mark.end) changes.move.push(mark);
    }
  }
  for (const id of shown.keys()) if (!wantedIds.has(id)) changes.remove.push(id);
  return changes;
}
