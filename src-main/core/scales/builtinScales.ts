import type { RatingScale } from '../model';

export const NEUTRAL_COLOUR = '#8a8f98';

export const standardScale: RatingScale = {
  id: 'standard',
  name: 'Standard',
  kind: 'ordinal',
  builtin: true,
  ratings: [
    { key: 'true', label: 'True', colour: '#2e7d32', value: 5, shortcut: 't' },
    { key: 'mostly-true', label: 'Mostly true', colour: '#689f38', value: 4, shortcut: 'm' },
    { key: 'half-true', label: 'Half true', colour: '#f9a825', value: 3, shortcut: 'h' },
    { key: 'mostly-false', label: 'Mostly false', colour: '#ef6c00', value: 2, shortcut: 'o' },
    { key: 'false', label: 'False', colour: '#c62828', value: 1, shortcut: 'f' },
    { key: 'unproven', label: 'Unproven', colour: '#5e5ba8', value: null, shortcut: 'u' },
  ],
};

/** Labels in the style of the platform fact-checking programmes; not an ordered scale. */
export const platformLabelsScale: RatingScale = {
  id: 'platform-labels',
  name: 'Platform labels',
  kind: 'labels',
  builtin: true,
  ratings: [
    { key: 'false', label: 'False', colour: '#c62828', value: 1, shortcut: 'f' },
    { key: 'altered', label: 'Altered', colour: '#ad1457', value: 1, shortcut: 'a' },
    { key: 'partly-false', label: 'Partly false', colour: '#ef6c00', value: 2, shortcut: 'p' },
    {
      key: 'missing-context',
      label: 'Missing context',
      colour: '#f9a825',
      value: 3,
      shortcut: 'm',
    },
    { key: 'satire', label: 'Satire', colour: '#5e5ba8', value: null, shortcut: 's' },
    { key: 'true', label: 'True', colour: '#2e7d32', value: 4, shortcut: 't' },
  ],
};

export const conclusionOnlyScale: RatingScale = {
  id: 'conclusion-only',
  name: 'Conclusion only',
  kind: 'conclusion',
  builtin: true,
  ratings: [],
};

export const builtinScales: readonly RatingScale[] = [
  standardScale,
  platformLabelsScale,
  conclusionOnlyScale,
];

/** ClaimReview's bestRating and worstRating: the extremes of the scale's numeric values. */
export function ratingBounds(scale: RatingScale): { best: number; worst: number } | null {
  const values = scale.ratings.flatMap((r) => (r.value === null ? [] : [r.value]));
  if (values.length === 0) return null;
  return { best: Math.max(...values), worst: Math.min(...values) };
}

export function findRating(scale: RatingScale, keyOrLabel: string) {
  const wanted = keyOrLabel.trim().toLowerCase();
  return scale.ratings.find((r) => r.key === wanted || r.label.toLowerCase() === wanted);
}
