/**
 * One training session used by the service and CLI tests: a key of four claims on the
 * harbour-council article, and two trainees whose work is scored by hand below.
 */
export interface MarkedClaim {
  quote: string;
  /** A rating label as typed at the CLI; the key is the lowercase-dashed form. */
  verdict: string | null;
  sources: { url: string; tier?: number }[];
}

export const KEY_CLAIMS: MarkedClaim[] = [
  {
    // K1, the first in the text.
    quote: 'saved thousands of lives',
    verdict: 'unproven',
    sources: [
      { url: 'https://www.navy.example/report', tier: 3 },
      { url: 'https://blog.example/post', tier: 0 },
    ],
  },
  // K2: no tier given, so the key counts it at tier 2.
  {
    quote: 'more than 30 strikes since September',
    verdict: 'true',
    sources: [{ url: 'https://monitor.example/data' }],
  },
  {
    quote: 'killed at least 110 people',
    verdict: 'mostly-true',
    sources: [{ url: 'https://monitor.example/casualties', tier: 3 }],
  },
  { quote: 'fuel smuggling had fallen by 40 percent', verdict: 'mostly-false', sources: [] },
];

/** Trainer-only material that must never reach an exercise file. */
export const SECRET_REASONING = 'The navy published no baseline, so the figure is unproven.';
export const SECRET_CONCLUSION = 'Monitor counts agree within five deaths.';
export const SECRET_METHODOLOGY = 'Answer sheet: compare with the Coastal Rights Monitor tally.';

export const ANA: MarkedClaim[] = [
  // K1 exactly; the tracking parameter and missing www. still match the tier-3 source.
  {
    quote: 'saved thousands of lives',
    verdict: 'unproven',
    sources: [{ url: 'https://navy.example/report?utm_source=mail' }],
  },
  // K2 partly: tokens 6 shared of 8 (Jaccard 0.75); scheme and trailing slash differ.
  {
    quote: 'carried out more than 30 strikes since September',
    verdict: 'true',
    sources: [{ url: 'http://monitor.example/data/' }],
  },
  // K3 exactly, one step off the key (half true against mostly true).
  { quote: 'killed at least 110 people', verdict: 'half-true', sources: [] },
  // Not in the key.
  { quote: 'a corruption inquiry', verdict: 'false', sources: [] },
];

export const BEN: MarkedClaim[] = [
  // K1 partly: 4 shared tokens of 7 (Jaccard 0.57); cites the tier-0 source.
  {
    quote: 'the operation had "saved thousands of lives"',
    verdict: 'false',
    sources: [{ url: 'https://blog.example/post' }],
  },
  {
    quote: 'killed at least 110 people',
    verdict: 'mostly-true',
    sources: [{ url: 'https://monitor.example/casualties' }],
  },
  { quote: 'fuel smuggling had fallen by 40 percent', verdict: 'mostly-false', sources: [] },
];

/**
 * Worked by hand (docs/training.md has the definitions):
 *
 * Ana: strict pairs K1, K3; lenient only K2; missed K4; spurious "a corruption inquiry".
 *   strict P = 2/4, R = 2/4, F1 = 0.5; lenient P = 3/4, R = 3/4, F1 = 0.75.
 *   verdicts on found claims: K1 ✓, K2 ✓, K3 ✗ → accuracy 2/3; ordinal pairs K2 (5,5) and
 *   K3 (4,3) are within one step → 1; κ has 2 pairs → "too few claims".
 *   sources: K1 tier 3, K2 tier 2, K3 none → coverage 2/3; disallowed 0.
 * Ben: strict pairs K3, K4; lenient only K1; missed K2; spurious 0.
 *   strict P = 2/3, R = 2/4, F1 = 2·(2/3)(1/2)/(2/3 + 1/2) = 4/7; lenient P = 1, R = 3/4,
 *   F1 = 6/7. Verdicts: K1 ✗ (false for unproven), K3 ✓, K4 ✓ → 2/3; ordinal pairs K3, K4 →
 *   off-by-one 1. Sources: K1 tier 0 (not acceptable, 1 disallowed), K3 tier 3, K4 none →
 *   coverage 1/3.
 * Class: K1 found by both (1), K2 by Ana (0.5), K3 by both (1), K4 by Ben (0.5); hardest
 *   first K2, K4 (lower rate, then text order), then K1, K3.
 * α: the only claim with two ordinal values is K3 (Ana step 2, Ben step 3; K1 has Ana's
 *   nominal "unproven", which counts as missing). With one unit of two different values,
 *   Σ o·δ² = Σ n·n·δ² and n − 1 = 1, so α = 1 − 1 = 0, over 2 pairable values.
 */
export const EXPECTED = {
  ana: {
    strict: { precision: 0.5, recall: 0.5, f1: 0.5 },
    lenient: { precision: 0.75, recall: 0.75, f1: 0.75 },
    correct: 2,
    partial: 1,
    missed: 1,
    spurious: 1,
    verdictAccuracy: 2 / 3,
    offByOneRate: 1,
    kappa: { value: null, reason: 'too few claims', pairs: 2 },
    sourceCoverage: 2 / 3,
    disallowedCited: 0,
  },
  ben: {
    strict: { precision: 2 / 3, recall: 0.5, f1: 4 / 7 },
    lenient: { precision: 1, recall: 0.75, f1: 6 / 7 },
    correct: 2,
    partial: 1,
    missed: 1,
    spurious: 0,
    verdictAccuracy: 2 / 3,
    offByOneRate: 1,
    kappa: { value: null, reason: 'too few claims', pairs: 2 },
    sourceCoverage: 1 / 3,
    disallowedCited: 1,
  },
  detection: [
    { quote: 'more than 30 strikes since September', rate: 0.5 },
    { quote: 'fuel smuggling had fallen by 40 percent', rate: 0.5 },
    { quote: 'saved thousands of lives', rate: 1 },
    { quote: 'killed at least 110 people', rate: 1 },
  ],
  alpha: { value: 0, pairableValues: 2 },
};
