import { describe, expect, it } from 'vitest';
import { scoreTraining } from '../../../../src-main/core/training/scoreTraining';
import { TrainingInputError } from '../../../../src-main/core/training/TrainingInputError';
import type {
  AnswerKey,
  TraineeAttempt,
  TraineeClaim,
} from '../../../../src-main/core/training/trainingInput';
import { threeStepScale as scale } from './scale';
import { spanOf } from './spanOf';

const text =
  'The mayor said crime fell 20% last year. Unemployment is at a record low. ' +
  '"Our schools are the best in the country," she added. The new bridge cost $5 million.';

const key: AnswerKey = [
  {
    id: 1,
    ...spanOf(text, 'crime fell 20% last year'),
    exact: 'crime fell 20% last year',
    ratingKey: 'false',
    reasoning: 'Police figures show a 3% rise.',
    sources: [
      { url: 'https://www.police.gov/stats/2024', tier: 3 },
      { url: 'https://news.example.com/crime', tier: 2 },
      { url: 'https://blog.example.net/hot-take', tier: 0 },
    ],
  },
  {
    id: 2,
    ...spanOf(text, 'Unemployment is at a record low'),
    exact: 'Unemployment is at a record low',
    ratingKey: 'mixed',
    reasoning: 'Low, but not a record.',
    sources: [{ url: 'https://stats.gov/unemployment', tier: 3 }],
  },
  {
    id: 3,
    ...spanOf(text, 'Our schools are the best in the country'),
    exact: 'Our schools are the best in the country',
    ratingKey: 'unproven',
    reasoning: 'No ranking compares them.',
    sources: [],
  },
  {
    id: 4,
    ...spanOf(text, 'The new bridge cost $5 million'),
    exact: 'The new bridge cost $5 million',
    ratingKey: 'true',
    reasoning: 'The budget says so.',
    sources: [{ url: 'https://city.gov/budget?year=2024', tier: 3 }],
  },
];

function mark(exact: string, ratingKey: string | null, urls: string[] = []): TraineeClaim {
  return { ...spanOf(text, exact), exact, ratingKey, sources: urls.map((url) => ({ url })) };
}

const ana: TraineeAttempt = {
  trainee: 'Ana',
  secondsTaken: 900,
  claims: [
    mark('crime fell 20% last year.', 'false', [
      'http://police.gov/stats/2024/?utm_source=x#top',
      'https://blog.example.net/hot-take',
    ]),
    mark('Unemployment is at a record', 'true', ['https://en.wikipedia.org/wiki/Unemployment']),
    mark('The new bridge', null),
    mark('The mayor said', 'false'),
  ],
};

const ben: TraineeAttempt = {
  trainee: 'Ben',
  secondsTaken: 1200,
  claims: [
    mark('The mayor said crime fell 20% last year.', 'true', ['police.gov/stats/2024']),
    mark('"Our schools are the best in the country,"', 'unproven'),
    mark(' Unemployment is at a record low. ', 'mixed', ['https://WWW.Stats.gov/unemployment/']),
  ],
};

const cleo: TraineeAttempt = { trainee: 'Cleo', secondsTaken: 30, claims: [] };

const emptyConfusion = {
  ratings: ['false', 'mixed', 'true', 'unproven', null],
  counts: Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]),
};

describe('scoreTraining on a worked exercise', () => {
  const result = scoreTraining(key, [ana, ben, cleo], text, scale);

  it('scores Ana: one strict, two partial, one spurious', () => {
    /*
     * Spans: "crime fell 20% last year." trims to K1 exactly → correct.
     * "Unemployment is at a record" vs K2: Jaccard 5/6 → partial.
     * "The new bridge" vs K4 {the, new, bridge, cost, 5, million}: 3/6 = 0.5 → partial.
     * "The mayor said" overlaps no key claim → spurious. K3 missed.
     * Strict P = 1/4, R = 1/4, F1 = 1/4. Lenient P = 3/4, R = 3/4, F1 = 3/4.
     * Verdicts on K1, K2, K4: false/false ✓, mixed/true ✗, true/none ✗ → accuracy 1/3.
     * Off by one: ordinal pairs false/false (0 steps), mixed/true (1 step) → 2/2 = 1;
     * true/none is left out. κ: 2 ordinal pairs < 20 → too few claims.
     * Sources: K1 cites police.gov (tier 3, after normalising) and the blog (tier 0) → best 3;
     * K2 cites Wikipedia, not on the key → none; K4 cites nothing → none.
     * Coverage 1/3. Disallowed: the blog, 1.
     */
    const [score] = result.trainees;
    expect(score).toEqual({
      name: 'Ana',
      strict: { precision: 0.25, recall: 0.25, f1: 0.25 },
      lenient: { precision: 0.75, recall: 0.75, f1: 0.75 },
      correct: 1,
      partial: 2,
      missed: 1,
      spurious: 1,
      verdictAccuracy: 1 / 3,
      offByOneRate: 1,
      confusion: {
        ratings: ['false', 'mixed', 'true', 'unproven', null],
        counts: [
          [1, 0, 0, 0, 0],
          [0, 0, 1, 0, 0],
          [0, 0, 0, 0, 1],
          [0, 0, 0, 0, 0],
          [0, 0, 0, 0, 0],
        ],
      },
      kappa: { value: null, reason: 'too few claims', pairs: 2 },
      sourceCoverage: 1 / 3,
      bestTiers: [
        { claimId: 1, tier: 3 },
        { claimId: 2, tier: null },
        { claimId: 4, tier: null },
      ],
      disallowedCited: 1,
      secondsTaken: 900,
    });
  });

  it('scores Ben: two strict through quotes and spaces, one partial, none spurious', () => {
    /*
     * "The mayor said crime fell 20% last year." vs K1: Jaccard
     *   {crime, fell, 20, last, year} / {the, mayor, said, crime, fell, 20, last, year} = 5/8
     *   → partial.
     * The quoted schools claim trims to K3 exactly; " Unemployment … low. " trims to K2 → correct 2.
     * K4 missed. Strict P = 2/3, R = 2/4, F1 = 2·(2/3)(1/2)/(2/3 + 1/2) = 4/7.
     * Lenient P = 3/3 = 1, R = 3/4, F1 = 2·1·(3/4)/(7/4) = 6/7.
     * Verdicts: false/true ✗, mixed/mixed ✓, unproven/unproven ✓ → accuracy 2/3.
     * Off by one: ordinal pairs false/true (2 steps) and mixed/mixed (0) → 1/2.
     * Sources: K1 "police.gov/stats/2024" → tier 3; K2 → tier 3; K3 nothing → none.
     * Coverage 2/3, disallowed 0.
     */
    const score = result.trainees[1];
    expect(score?.strict.precision).toBeCloseTo(2 / 3, 12);
    expect(score?.strict.recall).toBe(0.5);
    expect(score?.strict.f1).toBeCloseTo(4 / 7, 12);
    expect(score?.lenient).toEqual({ precision: 1, recall: 0.75, f1: 6 / 7 });
    expect([score?.correct, score?.partial, score?.missed, score?.spurious]).toEqual([2, 1, 1, 0]);
    expect(score?.verdictAccuracy).toBeCloseTo(2 / 3, 12);
    expect(score?.offByOneRate).toBe(0.5);
    expect(score?.sourceCoverage).toBeCloseTo(2 / 3, 12);
    expect(score?.bestTiers).toEqual([
      { claimId: 1, tier: 3 },
      { claimId: 2, tier: 3 },
      { claimId: 3, tier: null },
    ]);
    expect(score?.disallowedCited).toBe(0);
  });

  it('scores Cleo, who marked nothing, without dividing by zero', () => {
    expect(result.trainees[2]).toEqual({
      name: 'Cleo',
      strict: { precision: null, recall: 0, f1: 0 },
      lenient: { precision: null, recall: 0, f1: 0 },
      correct: 0,
      partial: 0,
      missed: 4,
      spurious: 0,
      verdictAccuracy: null,
      offByOneRate: null,
      confusion: emptyConfusion,
      kappa: { value: null, reason: 'too few claims', pairs: 0 },
      sourceCoverage: null,
      bestTiers: [],
      disallowedCited: 0,
      secondsTaken: 30,
    });
  });

  it('ranks the claims hardest first and spreads their verdicts', () => {
    // Found: K1 Ana, Ben (2/3); K2 Ana, Ben (2/3); K3 Ben (1/3); K4 Ana (1/3).
    // Ties keep text order: K3 before K4, K1 before K2.
    expect(result.claims.map((claim) => [claim.id, claim.detectionRate])).toEqual([
      [3, 1 / 3],
      [4, 1 / 3],
      [1, 2 / 3],
      [2, 2 / 3],
    ]);
    const given = (id: number): [string | null, number][] =>
      (result.claims.find((claim) => claim.id === id)?.verdictSpread ?? [])
        .filter((entry) => entry.count > 0)
        .map((entry) => [entry.ratingKey, entry.count]);
    expect(given(1)).toEqual([
      ['false', 1],
      ['true', 1],
    ]);
    expect(given(2)).toEqual([
      ['mixed', 1],
      ['true', 1],
    ]);
    expect(given(3)).toEqual([['unproven', 1]]);
    expect(given(4)).toEqual([[null, 1]]);
  });

  it('computes α among trainees by hand', () => {
    /*
     * Ordinal steps: false 0, mixed 1, true 2. Values per claim (Ana, Ben, Cleo):
     *   K1: 0, 2, –    K2: 2, 1, –    K3: –, unproven (nominal) → –, –    K4: none → –, –, –
     * Pairable: K1 {0, 2}, K2 {2, 1}, each m = 2 so each ordered pair adds 1.
     *   o(0,2) = o(2,0) = 1, o(1,2) = o(2,1) = 1.  n_0 = 1, n_1 = 1, n_2 = 2, n = 4.
     * δ²(0,1) = (1 + 1 − 1)² = 1;  δ²(0,2) = (1 + 1 + 2 − 1.5)² = 6.25;  δ²(1,2) = (1 + 2 − 1.5)² = 2.25.
     * Σ o δ² = 2 · (6.25 + 2.25) = 17.  Σ n n δ² = 2 · (1·1·1 + 1·2·6.25 + 1·2·2.25) = 2 · 18 = 36.
     * α = 1 − 3 · 17 / 36 = −15/36 ≈ −0.417.
     */
    expect(result.alpha.value).toBeCloseTo(-15 / 36, 12);
    expect(result.alpha.pairableValues).toBe(4);
  });

  it('gives a perfect trainee full marks', () => {
    const perfect: TraineeAttempt = {
      trainee: 'Key',
      secondsTaken: 1,
      claims: key.map((claim) => ({
        start: claim.start,
        end: claim.end,
        exact: claim.exact,
        ratingKey: claim.ratingKey,
        sources: claim.sources.filter((source) => source.tier > 0),
      })),
    };
    const [score] = scoreTraining(key, [perfect], text, scale).trainees;
    expect(score?.strict).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(score?.lenient).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(score?.verdictAccuracy).toBe(1);
    expect(score?.offByOneRate).toBe(1);
    // K3 has no sources on the key, so 3 of 4 matched claims are covered.
    expect(score?.sourceCoverage).toBe(0.75);
    expect(score?.bestTiers.map((entry) => entry.tier)).toEqual([3, 3, null, 3]);
    expect(score?.disallowedCited).toBe(0);
  });

  it('serialises to JSON without losing anything', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('scoreTraining input checks', () => {
  it('refuses an attempt whose quoted text does not match the article', () => {
    const stale: TraineeAttempt = {
      trainee: 'Dee',
      secondsTaken: 10,
      claims: [
        { ...spanOf(text, 'crime fell'), exact: 'crime rose', ratingKey: null, sources: [] },
      ],
    };
    expect(() => scoreTraining(key, [stale], text, scale)).toThrow(TrainingInputError);
  });

  it('lists every problem: offsets past the end, unknown ratings, repeated trainees', () => {
    const broken: TraineeAttempt = {
      trainee: 'Ana',
      secondsTaken: 10,
      claims: [
        { start: 0, end: text.length + 5, exact: '', ratingKey: null, sources: [] },
        {
          ...spanOf(text, 'crime fell'),
          exact: 'crime fell',
          ratingKey: 'pants-on-fire',
          sources: [],
        },
      ],
    };
    try {
      scoreTraining(key, [ana, broken], text, scale);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TrainingInputError);
      expect((error as TrainingInputError).issues.map((issue) => issue.path)).toEqual([
        'attempts[1].trainee',
        'attempts[1].claims[0]',
        'attempts[1].claims[1].ratingKey',
      ]);
    }
  });
});
