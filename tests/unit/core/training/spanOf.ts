import type { Span } from '../../../../src-main/core/training/trainingInput';

/** The span of the `occurrence`-th (from 0) appearance of `exact` in `text`, so tests quote words, not offsets. */
export function spanOf(text: string, exact: string, occurrence = 0): Span {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    start = text.indexOf(exact, start + 1);
    if (start < 0) throw new Error(`"${exact}" occurs fewer than ${occurrence + 1} times`);
  }
  return { start, end: start + exact.length };
}
