import { describe, expect, it } from 'vitest';
import { scoreClass } from '../../../../src-main/core/training/scoreClass';
import type {
  AnswerKey,
  TraineeAttempt,
  TrainingScale,
} from '../../../../src-main/core/training/trainingInput';
import { krippendorffCoders } from './krippendorffData';
import { spanOf } from './spanOf';

/*
 * Krippendorff's example as a class: twelve key claims are the units, four trainees are the
 * coders, and a coder's value v is the trainee finding the claim and rating it "r<v>". A
 * missing value is a claim the trainee did not find.
 */
const words = [
  'alpha',
  'bravo',
  'charlie',
  'delta',
  'echo',
  'foxtrot',
  'golf',
  'hotel',
  'india',
  'juliet',
  'kilo',
  'lima',
];
const text = words.map((word) => `The ${word} figure is wrong.`).join(' ');
const scale: TrainingScale = [
  ...[1, 2, 3, 4, 5].map((value) => ({ key: `r${value}`, value })),
  { key: 'unproven', value: null },
];
const key: AnswerKey = words.map((word, index) => {
  const exact = `The ${word} figure is wrong`;
  return {
    id: 101 + index,
    ...spanOf(text, exact),
    exact,
    ratingKey: 'r3',
    reasoning: '',
    sources: [],
  };
});
const attempts: TraineeAttempt[] = krippendorffCoders.map((values, coder) => ({
  trainee: `coder ${'ABCD'[coder]}`,
  secondsTaken: 600,
  claims: values.flatMap((value, unit) => {
    const claim = key[unit];
    if (value === null || claim === undefined) return [];
    return [
      {
        start: claim.start,
        end: claim.end,
        exact: claim.exact,
        ratingKey: `r${value}`,
        sources: [],
      },
    ];
  }),
}));

describe('scoreClass', () => {
  const result = scoreClass(key, attempts, text, scale);

  it('computes ordinal α across trainees, a missed claim counting as missing (0.815)', () => {
    expect(result.alpha.value).toBeCloseTo(1 - 73749 / 399480, 12);
    expect(result.alpha.pairableValues).toBe(40);
  });

  it('orders claims hardest first by detection rate, then by position in the text', () => {
    // Found by: unit 12 B only (1/4); unit 11 C, D (2/4); units 1 and 10 three coders (3/4);
    // units 2–9 all four (1).
    expect(result.claims.map((claim) => [claim.id, claim.detectionRate])).toEqual([
      [112, 0.25],
      [111, 0.5],
      [101, 0.75],
      [110, 0.75],
      ...[102, 103, 104, 105, 106, 107, 108, 109].map((id) => [id, 1]),
    ]);
  });

  it('counts the verdicts given on each claim, in scale order, then no verdict', () => {
    // Unit 6 values 1, 2, 3, 4: one trainee on each of r1–r4.
    const unitSix = result.claims.find((claim) => claim.id === 106);
    expect(unitSix?.verdictSpread).toEqual([
      { ratingKey: 'r1', count: 1 },
      { ratingKey: 'r2', count: 1 },
      { ratingKey: 'r3', count: 1 },
      { ratingKey: 'r4', count: 1 },
      { ratingKey: 'r5', count: 0 },
      { ratingKey: 'unproven', count: 0 },
      { ratingKey: null, count: 0 },
    ]);
    expect(unitSix?.exact).toBe('The foxtrot figure is wrong');
  });

  it('treats nominal ratings and missing verdicts as missing for α', () => {
    // Add a fifth trainee who finds every claim but rates them all "unproven" or not at all:
    // no ordinal value, so α does not move.
    const abstainer: TraineeAttempt = {
      trainee: 'E',
      secondsTaken: 60,
      claims: key.map((claim, index) => ({
        start: claim.start,
        end: claim.end,
        exact: claim.exact,
        ratingKey: index % 2 === 0 ? 'unproven' : null,
        sources: [],
      })),
    };
    const withAbstainer = scoreClass(key, [...attempts, abstainer], text, scale);
    expect(withAbstainer.alpha.value).toBeCloseTo(1 - 73749 / 399480, 12);
    const first = withAbstainer.claims.find((claim) => claim.id === 101);
    // Claim 101: A, B, D rated r1; E rated unproven.
    expect(first?.detectionRate).toBe(4 / 5);
    expect(first?.verdictSpread.filter((entry) => entry.count > 0)).toEqual([
      { ratingKey: 'r1', count: 3 },
      { ratingKey: 'unproven', count: 1 },
    ]);
  });

  it('has null detection rates and no α without trainees', () => {
    const empty = scoreClass(key, [], text, scale);
    expect(empty.claims.map((claim) => claim.id)).toEqual(key.map((claim) => claim.id));
    expect(empty.claims.every((claim) => claim.detectionRate === null)).toBe(true);
    expect(empty.alpha).toEqual({ value: null, reason: 'no pairable values', pairableValues: 0 });
  });
});
