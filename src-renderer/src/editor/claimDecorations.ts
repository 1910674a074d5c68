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

/**
 * How deeply each claim sits inside others, so nested and overlapping claims get distinct
 * marks: depth 0 a tint, depth 1 an underline, depth 2+ a dotted underline further down.
 */
export function nestingDepths(claims: readonly PlacedInText[]): Map<number, number> {
  const sorted = [...claims].sort(compareTextOrder);
  const depths = new Map<number, number>();
  const open: { end: number; depth: number }[] = [];
  // Claims still open at the current start, the one that ends last first; few at any place.
  for (const claim of sorted) {
    while (open.length > 0 && (open[open.length - 1]?.end ?? 0) <= claim.start) open.pop();
    let depth = 0;
    while (open.some((o) => o.depth === depth)) depth++;
    depths.set(claim.id, depth);
    let at = open.length;
    while (at > 0 && (open[at - 1]?.end ?? 0) < claim.end) at--;
    open.splice(at, 0, { end: claim.end, depth });
  }
  return depths;
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
