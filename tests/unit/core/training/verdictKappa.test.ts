import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quadraticWeightedKappa } from '../../../../src-main/core/training/quadraticWeightedKappa';
import { verdictKappa } from '../../../../src-main/core/training/verdictKappa';
import { repeat, threeStepScale } from './scale';

/**
 * An independent route to the same number: with equally spaced steps, quadratic-weighted κ
 * equals 2·cov(x, y) / (var(x) + var(y) + (mean(x) − mean(y))²) with population moments,
 * because Σw·O/n = E[(x − y)²] and Σw·E/n = E[(x − y′)²] for independent x and y′.
 */
function kappaFromMoments(pairs: readonly [number, number][]): number {
  const n = pairs.length;
  const meanX = pairs.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = pairs.reduce((sum, [, y]) => sum + y, 0) / n;
  const varX = pairs.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0) / n;
  const varY = pairs.reduce((sum, [, y]) => sum + (y - meanY) ** 2, 0) / n;
  const cov = pairs.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0) / n;
  return (2 * cov) / (varX + varY + (meanX - meanY) ** 2);
}

function cellsToPairs(counts: number[][]): [number, number][] {
  return counts.flatMap((row, i) =>
    row.flatMap((count, j) => Array.from({ length: count }, (): [number, number] => [i, j])),
  );
}

describe('quadraticWeightedKappa', () => {
  it('matches a hand calculation on a 3 × 3 matrix of 20 claims', () => {
    // Rows = key, columns = trainee; steps false, mixed, true.
    //            F  M  T   row
    //   key F  [ 6, 2, 0 ]  8
    //   key M  [ 1, 4, 1 ]  6
    //   key T  [ 0, 1, 5 ]  6
    //   column   7, 7, 6   n = 20
    // Weights (i − j)²/(k − 1)² with k = 3: one step 1/4, two steps 1.
    // Observed Σ w·O = 1/4 · (2 + 1 + 1 + 1) + 1 · (0 + 0) = 1.25.
    // Expected E(i,j) = row(i)·column(j)/20:
    //   F: 2.8 2.8 2.4    M: 2.1 2.1 1.8    T: 2.1 2.1 1.8
    // Σ w·E = 1/4 · (E(F,M) 2.8 + E(M,F) 2.1 + E(M,T) 1.8 + E(T,M) 2.1)
    //       + 1 · (E(F,T) 2.4 + E(T,F) 2.1)
    //       = 1/4 · 8.8 + 4.5 = 2.2 + 4.5 = 6.7.
    // κ = 1 − 1.25 / 6.7 = 5.45 / 6.7 = 109/134 ≈ 0.81343.
    const counts = [
      [6, 2, 0],
      [1, 4, 1],
      [0, 1, 5],
    ];
    expect(quadraticWeightedKappa(counts)).toBeCloseTo(109 / 134, 12);
    expect(kappaFromMoments(cellsToPairs(counts))).toBeCloseTo(109 / 134, 12);
  });

  it('agrees with the moments formula on any matrix', () => {
    const cell = fc.nat(6);
    const matrix = fc
      .integer({ min: 2, max: 5 })
      .chain((k) =>
        fc.array(fc.array(cell, { minLength: k, maxLength: k }), { minLength: k, maxLength: k }),
      );
    fc.assert(
      fc.property(matrix, (counts) => {
        const kappa = quadraticWeightedKappa(counts);
        const pairs = cellsToPairs(counts);
        const moments = pairs.length === 0 ? NaN : kappaFromMoments(pairs);
        if (kappa === null) expect(Number.isFinite(moments)).toBe(false);
        else expect(kappa).toBeCloseTo(moments, 9);
      }),
    );
  });

  it('is 1 for perfect agreement and null when there is nothing to expect', () => {
    expect(
      quadraticWeightedKappa([
        [3, 0],
        [0, 2],
      ]),
    ).toBe(1);
    expect(quadraticWeightedKappa([[5]])).toBeNull();
    expect(
      quadraticWeightedKappa([
        [0, 0],
        [0, 0],
      ]),
    ).toBeNull();
  });
});

describe('verdictKappa', () => {
  const twentyPairs = [
    ...repeat(6, 'false', 'false'),
    ...repeat(2, 'false', 'mixed'),
    ...repeat(1, 'mixed', 'false'),
    ...repeat(4, 'mixed', 'mixed'),
    ...repeat(1, 'mixed', 'true'),
    ...repeat(1, 'true', 'mixed'),
    ...repeat(5, 'true', 'true'),
  ];

  it('uses only pairs where both ratings are ordinal', () => {
    // The 20 ordinal pairs are the matrix above (κ = 109/134); the three pairs involving
    // "unproven" or no verdict are left out and do not change it.
    const pairs = [
      ...twentyPairs,
      ...repeat(1, 'unproven', 'false'),
      ...repeat(1, 'false', 'unproven'),
      ...repeat(1, 'true', null),
    ];
    const kappa = verdictKappa(pairs, threeStepScale);
    expect(kappa.pairs).toBe(20);
    expect(kappa.value).toBeCloseTo(109 / 134, 12);
  });

  it('reports too few claims below 20 ordinal pairs, even with more pairs in all', () => {
    const pairs = [...twentyPairs.slice(1), ...repeat(5, 'unproven', 'unproven')];
    expect(verdictKappa(pairs, threeStepScale)).toEqual({
      value: null,
      reason: 'too few claims',
      pairs: 19,
    });
  });

  it('stays finite on a skewed key and shows high accuracy is not agreement', () => {
    // Key: 18 false, 2 true. Trainee: 17 of the false as false, 1 as mixed, both true as false.
    //            F   M  T   row
    //   key F  [ 17, 1, 0 ]  18
    //   key M  [  0, 0, 0 ]   0
    //   key T  [  2, 0, 0 ]   2
    //   column   19, 1, 0   n = 20
    // Accuracy 17/20 = 0.85.
    // Observed Σ w·O = 1/4 · 1 (F→M) + 1 · 2 (T→F) = 2.25.
    // Expected: E(F,M) = 18·1/20 = 0.9, E(T,F) = 2·19/20 = 1.9, E(T,M) = 2·1/20 = 0.1,
    //   E(F,T) = 18·0/20 = 0, the M row is 0.
    // Σ w·E = 1/4 · (0.9 + 0.1) + 1 · 1.9 = 2.15.
    // κ = 1 − 2.25 / 2.15 = −0.1 / 2.15 = −2/43 ≈ −0.0465.
    const pairs = [
      ...repeat(17, 'false', 'false'),
      ...repeat(1, 'false', 'mixed'),
      ...repeat(2, 'true', 'false'),
    ];
    const kappa = verdictKappa(pairs, threeStepScale);
    expect(kappa.value).toBeCloseTo(-2 / 43, 12);
  });

  it('reports no expected disagreement when key and trainee use a single rating throughout', () => {
    expect(verdictKappa(repeat(20, 'false', 'false'), threeStepScale)).toEqual({
      value: null,
      reason: 'no expected disagreement',
      pairs: 20,
    });
  });

  it('reports a scale with a single ordinal step', () => {
    const scale = [
      { key: 'false', value: 0 },
      { key: 'unproven', value: null },
    ];
    expect(verdictKappa(repeat(20, 'false', 'false'), scale)).toEqual({
      value: null,
      reason: 'scale has fewer than two ordinal steps',
      pairs: 20,
    });
  });
});
