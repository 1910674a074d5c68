import type { Claim, RatingScale } from '../../../src-main/core/model';
import { claimStyle, colourClass, nestingDepths } from './claimDecorations';

/** How one claim is highlighted: where, with which class, colour and hover text. */
export interface ClaimMark {
  /** The claim's id. */
  id: number;
  /** UTF-16 offsets in the text the service holds. */
  start: number;
  end: number;
  className: string;
  /** Markdown shown when the pointer rests on the highlight. */
  hover: string;
  /** The verdict's colour, also drawn in the scrollbar. */
  colour: string;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

/** Every claim's highlight: its verdict's colour, and a distinct mark for nested claims. */
export function claimMarks(claims: readonly Claim[], scales: readonly RatingScale[]): ClaimMark[] {
  const depths = nestingDepths(claims);
  return claims.map((claim) => {
    const style = claimStyle(claim, scales);
    const who = claim.claimant ? escapeMarkdown(claim.claimant) : '_claimant not set_';
    return {
      id: claim.id,
      start: claim.start,
      end: claim.end,
      className: colourClass(style.colour, depths.get(claim.id) ?? 0),
      hover: `**${escapeMarkdown(style.label)}** · ${who}`,
      colour: style.colour,
    };
  });
}

/** The same marks, with the selected claim's drawn as selected. */
export function withSelection(marks: readonly ClaimMark[], selectedId: number | null): ClaimMark[] {
  return marks.map((mark) =>
    mark.id === selectedId ? { ...mark, className: `${mark.className} fd-claim-selected` } : mark,
  );
}
