import type DiffMatchPatch from 'diff-match-patch';

type Diff = DiffMatchPatch.Diff;

const EQUAL = 0;

/**
 * Diffs two sequences of chunk codes by first pairing the chunks that occur exactly once in
 * each (patience diffing: the longest run of such pairs in the same order), then letting
 * diff-match-patch diff only the short stretches between those pairs. With edits scattered
 * through a long article almost every unchanged paragraph is such an anchor, so the costly
 * O(N·D) diff only ever sees a few chunks at a time.
 */
export function patienceDiff(
  dmp: DiffMatchPatch,
  before: string,
  after: string,
  deadline: number,
): Diff[] {
  const anchors = uniqueCommonAnchors(before, after);
  const diffs: Diff[] = [];
  const push = (operation: number, codes: string) => {
    if (!codes) return;
    const last = diffs.at(-1);
    if (last && last[0] === operation) last[1] += codes;
    else diffs.push([operation, codes]);
  };
  let beforeFrom = 0;
  let afterFrom = 0;
  for (const [beforeAt, afterAt] of [...anchors, [before.length, after.length] as const]) {
    const gap = dmp.diff_main(
      before.slice(beforeFrom, beforeAt),
      after.slice(afterFrom, afterAt),
      false,
      deadline,
    );
    for (const [operation, codes] of gap) push(operation, codes);
    push(EQUAL, before.charAt(beforeAt));
    beforeFrom = beforeAt + 1;
    afterFrom = afterAt + 1;
  }
  return diffs;
}

/** Positions of codes found once in each sequence, longest increasing run of them in both. */
function uniqueCommonAnchors(before: string, after: string): Array<readonly [number, number]> {
  const beforeAt = singlePositions(before);
  const afterAt = singlePositions(after);
  const pairs: Array<readonly [number, number]> = [];
  for (const [code, position] of beforeAt) {
    const partner = afterAt.get(code);
    if (partner !== undefined) pairs.push([position, partner]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return longestIncreasingRun(pairs);
}

function singlePositions(codes: string): Map<number, number> {
  const positions = new Map<number, number>();
  const repeated = new Set<number>();
  for (let i = 0; i < codes.length; i++) {
    const code = codes.charCodeAt(i);
    if (positions.has(code)) repeated.add(code);
    else positions.set(code, i);
  }
  for (const code of repeated) positions.delete(code);
  return positions;
}

/** Longest subsequence of `pairs` (sorted by their first item) whose second items increase. */
function longestIncreasingRun(
  pairs: ReadonlyArray<readonly [number, number]>,
): Array<readonly [number, number]> {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, second], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((pairs[tails[middle] ?? 0]?.[1] ?? 0) < second) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] ?? -1;
    tails[low] = index;
  });
  const run: Array<readonly [number, number]> = [];
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index] ?? -1) {
    const pair = pairs[index];
    if (pair) run.push(pair);
  }
  return run.reverse();
}
