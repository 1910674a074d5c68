import { describe, expect, it } from 'vitest';
import { offByOneRate } from '../../../../src-main/core/training/offByOneRate';
import { ordinalRanks } from '../../../../src-main/core/training/ordinalRanks';
import { verdictAccuracy } from '../../../../src-main/core/training/verdictAccuracy';
import { verdictConfusion } from '../../../../src-main/core/training/verdictConfusion';
import { repeat, threeStepScale } from './scale';

const pairs = [
  ...repeat(1, 'false', 'false'),
  ...repeat(1, 'false', 'true'),
  ...repeat(1, 'mixed', 'true'),
  ...repeat(1, 'true', null),
  ...repeat(1, 'unproven', 'unproven'),
  ...repeat(1, 'unproven', 'mixed'),
  ...repeat(1, null, 'mixed'),
];

describe('verdictAccuracy', () => {
  it('counts agreement over claims the key rated, a missing trainee verdict as wrong', () => {
    // Key rated 6 of the 7 (the null-key pair is left out).
    // Agreements: false/false, unproven/unproven = 2. Accuracy = 2/6 = 1/3.
    expect(verdictAccuracy(pairs)).toBeCloseTo(1 / 3, 12);
  });

  it('is null when no matched claim has a key verdict', () => {
    expect(verdictAccuracy([])).toBeNull();
    expect(verdictAccuracy(repeat(2, null, 'true'))).toBeNull();
  });
});

describe('verdictConfusion', () => {
  it('tallies key rating (rows) against trainee rating (columns), with null for no verdict', () => {
    expect(verdictConfusion(pairs, threeStepScale)).toEqual({
      ratings: ['false', 'mixed', 'true', 'unproven', null],
      counts: [
        [1, 0, 1, 0, 0],
        [0, 0, 1, 0, 0],
        [0, 0, 0, 0, 1],
        [0, 1, 0, 1, 0],
        [0, 1, 0, 0, 0],
      ],
    });
  });

  it('refuses a rating that is not on the scale', () => {
    expect(() => verdictConfusion(repeat(1, 'pants-on-fire', 'false'), threeStepScale)).toThrow(
      RangeError,
    );
  });
});

describe('offByOneRate', () => {
  it('counts pairs within one step, among pairs where both ratings are ordinal', () => {
    // Both ordinal: false/false (0 steps), false/true (2), mixed/true (1) → 3 pairs.
    // Left out: true/none, unproven/…, none/mixed. Within one step: 2 of 3.
    expect(offByOneRate(pairs, threeStepScale)).toBeCloseTo(2 / 3, 12);
  });

  it('is null when no pair has two ordinal ratings', () => {
    expect(offByOneRate(repeat(3, 'unproven', 'true'), threeStepScale)).toBeNull();
  });

  it('measures steps, so a scale valued 0, 50, 100 counts 0 against 50 as one step', () => {
    const percentScale = [
      { key: 'false', value: 0 },
      { key: 'half', value: 50 },
      { key: 'true', value: 100 },
    ];
    // Steps: false 0, half 1, true 2. false/half = 1 step, false/true = 2 steps → 1/2.
    expect(
      offByOneRate([...repeat(1, 'false', 'half'), ...repeat(1, 'false', 'true')], percentScale),
    ).toBe(0.5);
  });
});

describe('ordinalRanks', () => {
  it('ranks ordinal ratings by value, equal values sharing a step, nominal ones unranked', () => {
    const ranks = ordinalRanks([
      { key: 'true', value: 5 },
      { key: 'false', value: 1 },
      { key: 'pants-on-fire', value: 1 },
      { key: 'unproven', value: null },
    ]);
    expect(ranks.steps).toBe(2);
    expect(ranks.rankOf('false')).toBe(0);
    expect(ranks.rankOf('pants-on-fire')).toBe(0);
    expect(ranks.rankOf('true')).toBe(1);
    expect(ranks.rankOf('unproven')).toBeNull();
    expect(ranks.rankOf(null)).toBeNull();
  });
});
