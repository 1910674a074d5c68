import type { PlacedInText } from '../../../src-main/core/anchoring/compareTextOrder';
import { compareTextOrder } from '../../../src-main/core/anchoring/compareTextOrder';
import type { ClaimOutline, RatingScale } from '../../../src-main/core/model';
import { NEUTRAL_COLOUR } from '../../../src-main/core/scales/builtinScales';

export interface ClaimStyle {
  colour: string;
  label: string;
}

export function claimStyle(
  claim: Pick<ClaimOutline, 'verdict'>,
  scales: readonly RatingScale[],
): ClaimStyle {
  const verdict = claim.verdict;
  if (!verdict) return { colour: NEUTRAL_COLOUR, label: 'Unchecked' };
  const scale = scales.find((s) => s.id === verdict.scaleId);
  const rating = scale?.ratings.find((r) => r.key === verdict.ratingKey);
  if (rating) return { colour: rating.colour, label: rating.label };
  return {
    colour: '#4a6fa5',
    label: verdict.ratingKey === null ? 'Conclusion written' : verdict.ratingKey,
  };
}

/** A highlight's depth as drawn: 0 a tint, 1 an underline, 2 a dotted underline further down. */
export type NestingDepth = 0 | 1 | 2;

/**
 * How deeply each claim sits inside others, so nested and overlapping claims get distinct
 * marks: each claim takes the shallowest depth no claim still open where it starts is drawn at,
 * and a claim with both a tint and an underline around it is drawn dotted (2), however many
 * claims enclose it. Claims still open are kept in a heap by where they end, so thousands of
 * claims on the same words cost n log n.
 */
export function nestingDepths(claims: readonly PlacedInText[]): Map<number, NestingDepth> {
  const sorted = [...claims].sort(compareTextOrder);
  const depths = new Map<number, NestingDepth>();
  const open = new OpenClaims();
  const inUse: [number, number, number] = [0, 0, 0];
  for (const claim of sorted) {
    let ended = open.popEndedBy(claim.start);
    while (ended !== null) {
      inUse[ended]--;
      ended = open.popEndedBy(claim.start);
    }
    const depth: NestingDepth = inUse[0] === 0 ? 0 : inUse[1] === 0 ? 1 : 2;
    inUse[depth]++;
    open.push(claim.end, depth);
    depths.set(claim.id, depth);
  }
  return depths;
}

/** Claims still open at the current place: a binary min-heap on where each ends. */
class OpenClaims {
  private readonly ends: number[] = [];
  private readonly depths: NestingDepth[] = [];

  push(end: number, depth: NestingDepth): void {
    let at = this.ends.length;
    this.ends.push(end);
    this.depths.push(depth);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if ((this.ends[parent] ?? 0) <= end) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  /** The depth of a claim that ends at or before `offset`, taken out; null when none does. */
  popEndedBy(offset: number): NestingDepth | null {
    const first = this.ends[0];
    const depth = this.depths[0];
    if (first === undefined || depth === undefined || first > offset) return null;
    const last = this.ends.length - 1;
    this.swap(0, last);
    this.ends.pop();
    this.depths.pop();
    for (let at = 0; ;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let smallest = at;
      if (left < last && (this.ends[left] ?? 0) < (this.ends[smallest] ?? 0)) smallest = left;
      if (right < last && (this.ends[right] ?? 0) < (this.ends[smallest] ?? 0)) smallest = right;
      if (smallest === at) break;
      this.swap(at, smallest);
      at = smallest;
    }
    return depth;
  }

  private swap(a: number, b: number): void {
    const [endA, endB] = [this.ends[a] ?? 0, this.ends[b] ?? 0];
    const [depthA, depthB] = [this.depths[a] ?? 0, this.depths[b] ?? 0];
    this.ends[a] = endB;
    this.ends[b] = endA;
    this.depths[a] = depthB;
    this.depths[b] = depthA;
  }
}

export function colourClass(colour: string, depth: number): string {
  return `fd-claim-${colour.slice(1).toLowerCase()}-d${Math.min(depth, 2)}`;
}

/** One rule per colour and depth; written into a style element the editor owns. */
export function decorationStylesheet(colours: Iterable<string>): string {
  const rules: string[] = [];
  for (const colour of new Set(colours)) {
    const hex = colour.slice(1).toLowerCase();
    rules.push(
      `.fd-claim-${hex}-d0 { background-color: ${colour}33; border-bottom: 2px solid ${colour}; }`,
      `.fd-claim-${hex}-d1 { text-decoration: underline 3px ${colour}; text-underline-offset: 6px; }`,
      `.fd-claim-${hex}-d2 { text-decoration: underline dotted 3px ${colour}; text-underline-offset: 9px; }`,
    );
  }
  return rules.join('\n');
}
