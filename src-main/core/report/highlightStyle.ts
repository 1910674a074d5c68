import { safeColour } from './verdictColours';

/** Underlines stack below the text; past this depth they would reach the next line. */
export const MAX_VISIBLE_LANES = 3;

/** What a highlight needs of each claim covering a stretch of text. */
export interface CoveringClaim {
  /** 0 for the outermost claim; nested and overlapping claims take the next lanes. */
  lane: number;
  rating: { colour: string };
}

/**
 * The inline style of a stretch of text covered by claims, innermost last. The innermost claim
 * tints the background; every covering claim draws an underline in its own lane (2px of its
 * colour, 1px of white between lanes), so nested and overlapping claims stay distinguishable,
 * including in print. Empty for no claims.
 */
export function highlightStyle(covering: readonly CoveringClaim[]): string {
  const innermost = covering.at(-1);
  if (!innermost) return '';
  const byLane = new Map<number, string>();
  for (const claim of covering) {
    byLane.set(Math.min(claim.lane, MAX_VISIBLE_LANES - 1), safeColour(claim.rating.colour));
  }
  const shadows: string[] = [];
  for (const [lane, colour] of [...byLane.entries()].sort(([a], [b]) => a - b)) {
    if (lane > 0) shadows.push(`0 ${lane * 3}px 0 #fff`);
    shadows.push(`0 ${lane * 3 + 2}px 0 ${colour}`);
  }
  return `background:${safeColour(innermost.rating.colour)}33;box-shadow:${shadows.join(',')}`;
}
