import { describe, expect, it } from 'vitest';
import { pairClaims } from '../../../../src-main/core/training/pairClaims';
import { precisionRecallF1 } from '../../../../src-main/core/training/precisionRecallF1';
import { scoreSpans } from '../../../../src-main/core/training/scoreSpans';
import { spanOf } from './spanOf';

describe('precisionRecallF1', () => {
  it('computes the harmonic mean of precision and recall', () => {
    // P = 2/3, R = 2/4 = 1/2. F1 = 2PR / (P + R) = (2 · 2/3 · 1/2) / (2/3 + 1/2)
    //    = (2/3) / (7/6) = 4/7.
    const scores = precisionRecallF1(2, 3, 4);
    expect(scores.precision).toBeCloseTo(2 / 3, 12);
    expect(scores.recall).toBe(0.5);
    expect(scores.f1).toBeCloseTo(4 / 7, 12);
  });

  it('leaves precision null and F1 0 when nothing was marked', () => {
    expect(precisionRecallF1(0, 0, 4)).toEqual({ precision: null, recall: 0, f1: 0 });
  });

  it('leaves recall null and F1 0 when the key has no claims', () => {
    expect(precisionRecallF1(0, 2, 0)).toEqual({ precision: 0, recall: null, f1: 0 });
    expect(precisionRecallF1(0, 0, 0)).toEqual({ precision: null, recall: null, f1: 0 });
  });

  it('gives F1 0 rather than 0/0 when precision and recall are both 0', () => {
    expect(precisionRecallF1(0, 3, 3)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('scoreSpans', () => {
  const text =
    'The mayor said crime fell 20% last year. Unemployment is at a record low. The bridge cost $5m.';
  const key = [
    spanOf(text, 'crime fell 20% last year'),
    spanOf(text, 'Unemployment is at a record low'),
    spanOf(text, 'The bridge cost $5m'),
  ];

  it('scores a perfect trainee 1 everywhere', () => {
    const scores = scoreSpans(pairClaims(text, key, key));
    expect(scores).toEqual({
      strict: { precision: 1, recall: 1, f1: 1 },
      lenient: { precision: 1, recall: 1, f1: 1 },
      correct: 3,
      partial: 0,
      missed: 0,
      spurious: 0,
    });
  });

  it('scores a trainee with no claims: all missed, precision null, recall and F1 0', () => {
    expect(scoreSpans(pairClaims(text, key, []))).toEqual({
      strict: { precision: null, recall: 0, f1: 0 },
      lenient: { precision: null, recall: 0, f1: 0 },
      correct: 0,
      partial: 0,
      missed: 3,
      spurious: 0,
    });
  });

  it('counts correct, partial, missed and spurious marks', () => {
    const trainee = [
      spanOf(text, 'crime fell 20% last year.'), // strict after trimming "."
      spanOf(text, 'Unemployment is at a record'), // Jaccard 5/6: partial
      spanOf(text, 'The mayor said'), // overlaps no key claim: spurious
    ];
    // correct 1, partial 1, missed 1 (the bridge), spurious 1.
    // Strict:  P = 1/3, R = 1/3, F1 = 1/3.
    // Lenient: P = 2/3, R = 2/3, F1 = 2/3.
    const scores = scoreSpans(pairClaims(text, key, trainee));
    expect(scores.correct).toBe(1);
    expect(scores.partial).toBe(1);
    expect(scores.missed).toBe(1);
    expect(scores.spurious).toBe(1);
    expect(scores.strict.precision).toBeCloseTo(1 / 3, 12);
    expect(scores.strict.f1).toBeCloseTo(1 / 3, 12);
    expect(scores.lenient.recall).toBeCloseTo(2 / 3, 12);
    expect(scores.lenient.f1).toBeCloseTo(2 / 3, 12);
  });
});
