import type { ClaimOutline, RatingScale } from '../../../src-main/core/model';
import { NEUTRAL_COLOUR } from '../../../src-main/core/scales/builtinScales';
import { claimStyle } from '../editor/claimDecorations';

export interface TallyEntry {
  label: string;
  colour: string;
  count: number;
}

const UNCHECKED = 'unchecked';

/**
 * The position of a rating in the scales, active scale first, so tallies read in the scale's own
 * order (True before False) and the unchecked claims always come last.
 */
function ratingOrder(scales: RatingScale[], activeScale: RatingScale | null) {
  const ordered = activeScale ? [activeScale, ...scales.filter((s) => s !== activeScale)] : scales;
  return ordered.flatMap((scale) => scale.ratings);
}

/**
 * Library counts are keyed by rating key only, so a key is named after the first scale that
 * has it, trying the active scale first.
 */
export function tallyFromCounts(
  counts: Record<string, number>,
  scales: RatingScale[],
  activeScale: RatingScale | null,
): TallyEntry[] {
  const ratings = ratingOrder(scales, activeScale);
  const rank = (key: string) => {
    if (key === UNCHECKED) return Number.MAX_SAFE_INTEGER;
    const index = ratings.findIndex((r) => r.key === key);
    return index < 0 ? ratings.length : index;
  };
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([key, count]) => {
      if (key === UNCHECKED) return { label: 'Unchecked', colour: NEUTRAL_COLOUR, count };
      const rating = ratings.find((r) => r.key === key);
      return { label: rating?.label ?? key, colour: rating?.colour ?? NEUTRAL_COLOUR, count };
    });
}

/** The open article's claims grouped the way the editor colours them. */
export function tallyFromClaims(
  claims: readonly Pick<ClaimOutline, 'verdict'>[],
  scales: RatingScale[],
  activeScale: RatingScale | null,
): TallyEntry[] {
  const byLabel = new Map<string, TallyEntry>();
  for (const claim of claims) {
    const style = claimStyle(claim, scales);
    const entry = byLabel.get(style.label) ?? { ...style, count: 0 };
    entry.count++;
    byLabel.set(style.label, entry);
  }
  const labels = ratingOrder(scales, activeScale).map((r) => r.label);
  const rank = (label: string) => {
    if (label === 'Unchecked') return Number.MAX_SAFE_INTEGER;
    const index = labels.indexOf(label);
    return index < 0 ? labels.length : index;
  };
  return [...byLabel.values()].sort((a, b) => rank(a.label) - rank(b.label));
}

/** "2 False, 1 Unchecked": what a screen reader says for a row of coloured dots. */
export function describeTally(entries: TallyEntry[]): string {
  if (entries.length === 0) return 'No claims';
  return entries.map((e) => `${e.count} ${e.label}`).join(', ');
}
