import type { ClaimOutline, ClaimPlace, RatingScale } from '../../../src-main/core/model';
import { claimStyle, colourClass, nestingDepths } from './claimDecorations';

/** How one claim is highlighted: where, with which class and colour. */
export interface ClaimMark {
  /** The claim's id. */
  id: number;
  /** UTF-16 offsets in the text the service holds. */
  start: number;
  end: number;
  className: string;
  /** The verdict's colour, also drawn in the scrollbar. */
  colour: string;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

/**
 * Every placed claim's highlight: its verdict's colour, and a distinct mark for nested claims.
 * A claim whose words could not be found has no place in the text, so it gets no highlight and
 * no mark in the scrollbar (the review queue and the status bar count it instead).
 */
export function claimMarks(
  allClaims: readonly ClaimPlace[],
  scales: readonly RatingScale[],
): ClaimMark[] {
  const claims = allClaims.filter((c) => c.anchorState !== 'orphaned' && c.end > c.start);
  const depths = nestingDepths(claims);
  // Thousands of claims share a handful of verdicts and depths.
  const colours = new Map<string, string>();
  const classNames = new Map<string, string>();
  const colourOf = (claim: ClaimPlace) => {
    const key = claim.verdict ? `${claim.verdict.scaleId}\n${claim.verdict.ratingKey}` : '';
    let colour = colours.get(key);
    if (colour === undefined) {
      colour = claimStyle(claim, scales).colour;
      colours.set(key, colour);
    }
    return colour;
  };
  const classNameOf = (colour: string, depth: number) => {
    const key = `${colour}${depth}`;
    let className = classNames.get(key);
    if (className === undefined) {
      className = colourClass(colour, depth);
      classNames.set(key, className);
    }
    return className;
  };
  return claims.map((claim) => {
    const colour = colourOf(claim);
    return {
      id: claim.id,
      start: claim.start,
      end: claim.end,
      className: classNameOf(colour, depths.get(claim.id) ?? 0),
      colour,
    };
  });
}

/** The same marks, with the selected claim's drawn as selected. */
export function withSelection(marks: readonly ClaimMark[], selectedId: number | null): ClaimMark[] {
  return marks.map((mark) =>
    mark.id === selectedId ? { ...mark, className: `${mark.className} fd-claim-selected` } : mark,
  );
}

/**
 * What the pointer resting on a highlight shows, in Markdown: the rating and the claimant; the
 * rating alone while the claims' outlines are still being read.
 */
export function claimHover(
  claim: ClaimPlace | ClaimOutline,
  scales: readonly RatingScale[],
): string {
  const rating = `**${escapeMarkdown(claimStyle(claim, scales).label)}**`;
  if (!('claimant' in claim)) return rating;
  return `${rating} · ${claim.claimant ? escapeMarkdown(claim.claimant) : '_claimant not set_'}`;
}
