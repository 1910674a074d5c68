import type { TextSegment } from './Report';

export interface ClaimSpan {
  number: number;
  start: number;
  end: number;
}

/**
 * Cuts the text at every claim boundary so each run is covered by a fixed set of claims; nested
 * and overlapping claims then render without crossing tags. Spans must be in reading order
 * (by start, outer first); each run lists its claims in that order, whatever their numbers.
 */
export function segmentText(textLength: number, spans: readonly ClaimSpan[]): TextSegment[] {
  const opening = new Map<number, number[]>();
  const closing = new Map<number, number[]>();
  const boundaries = new Set<number>([0, textLength]);
  const rank = new Map(spans.map((span, index) => [span.number, index]));
  for (const span of spans) {
    boundaries.add(span.start);
    boundaries.add(span.end);
    pushTo(opening, span.start, span.number);
    pushTo(closing, span.end, span.number);
  }
  const cuts = [...boundaries].sort((a, b) => a - b);
  const active: number[] = [];
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    for (const number of closing.get(start) ?? []) active.splice(active.indexOf(number), 1);
    for (const number of opening.get(start) ?? []) insertByRank(active, number, rank);
    segments.push({ start, end, claimNumbers: [...active] });
  }
  return segments;
}

function pushTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function insertByRank(list: number[], value: number, rank: ReadonlyMap<number, number>): void {
  const of = (number: number) => rank.get(number) ?? 0;
  let index = list.length;
  while (index > 0 && of(list[index - 1] as number) > of(value)) index--;
  list.splice(index, 0, value);
}

/**
 * Gives each span the lowest underline lane free at its start, so claims that overlap or nest
 * never draw their underline in the same place. Spans must be sorted by start.
 */
export function assignLanes(spans: readonly ClaimSpan[]): Map<number, number> {
  const laneEnds: number[] = [];
  const lanes = new Map<number, number>();
  for (const span of spans) {
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = span.end;
    lanes.set(span.number, lane);
  }
  return lanes;
}
