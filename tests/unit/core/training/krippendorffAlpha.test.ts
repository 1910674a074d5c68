import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../../../src-main/core/training/krippendorffAlpha';
import { krippendorffUnits } from './krippendorffData';

/*
 * Krippendorff (2011), worked by hand.
 *
 * Each pairable unit u with m_u values adds 1/(m_u − 1) to o(c,k) for every ordered pair of
 * values from two different coders:
 *   u1  1,1,1   (m=3)  o(1,1) += 6/2 = 3
 *   u2  2,2,3,2 (m=4)  o(2,2) += 6/3 = 2;  o(2,3), o(3,2) += 3/3 = 1
 *   u3  3,3,3,3        o(3,3) += 12/3 = 4
 *   u4  3,3,3,3        o(3,3) += 4
 *   u5  2,2,2,2        o(2,2) += 4
 *   u6  1,2,3,4        every o(c,k), c ≠ k among 1–4, += 1/3
 *   u7  4,4,4,4        o(4,4) += 4
 *   u8  1,1,2,1        o(1,1) += 6/3 = 2;  o(1,2), o(2,1) += 3/3 = 1
 *   u9  2,2,2,2        o(2,2) += 4
 *   u10 5,5,5   (m=3)  o(5,5) += 6/2 = 3
 *   u11 1,1     (m=2)  o(1,1) += 2/1 = 2
 *   u12 3       (m=1)  not pairable
 *
 * Coincidence matrix (symmetric) and marginals:
 *          1     2     3     4    5    n_c
 *   1      7    4/3   1/3   1/3   0     9
 *   2     4/3   10    4/3   1/3   0    13
 *   3     1/3   4/3    8    1/3   0    10
 *   4     1/3   1/3   1/3    4    0     5
 *   5      0     0     0     0    3     3      n = 40
 *
 * α = 1 − (n − 1) · Σ o(c,k) δ²(c,k) / Σ n_c n_k δ²(c,k); both sums run over c ≠ k and are
 * twice the sum over c < k.
 *
 * Nominal (δ² = 1 off the diagonal):
 *   Σ o δ² = 40 − (7 + 10 + 8 + 4 + 3) = 8
 *   Σ n_c n_k δ² = 40² − (81 + 169 + 100 + 25 + 9) = 1600 − 384 = 1216
 *   α = 1 − 39 · 8 / 1216 = 1 − 312/1216 = 0.7434  (published: 0.743)
 *
 * Ordinal, δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²:
 *   δ²(1,2) = (22 − 11)²   = 121       δ²(2,4) = (28 − 9)²    = 361
 *   δ²(1,3) = (32 − 9.5)²  = 506.25    δ²(2,5) = (31 − 8)²    = 529
 *   δ²(1,4) = (37 − 7)²    = 900       δ²(3,4) = (15 − 7.5)²  = 56.25
 *   δ²(1,5) = (40 − 6)²    = 1156      δ²(3,5) = (18 − 6.5)²  = 132.25
 *   δ²(2,3) = (23 − 11.5)² = 132.25    δ²(4,5) = (8 − 4)²     = 16
 *   Σ o δ² = 2 · [4/3 · (121 + 132.25) + 1/3 · (506.25 + 900 + 361 + 56.25)]
 *          = 2 · [337.67 + 607.83] = 2 · 945.5 = 1891
 *   Σ n n δ² = 2 · [9·13·121 + 9·10·506.25 + 9·5·900 + 9·3·1156 + 13·10·132.25
 *                   + 13·5·361 + 13·3·529 + 10·5·56.25 + 10·3·132.25 + 5·3·16]
 *            = 2 · [14157 + 45562.5 + 40500 + 31212 + 17192.5 + 23465 + 20631 + 2812.5
 *                   + 3967.5 + 240]
 *            = 2 · 199740 = 399480
 *   α = 1 − 39 · 1891 / 399480 = 1 − 73749/399480 = 0.8154  (published: 0.815)
 *
 * Interval, δ² = (c − k)²:
 *   Σ o δ² = 2 · [4/3·1 + 1/3·4 + 1/3·9 + 4/3·1 + 1/3·4 + 1/3·1] = 2 · 26/3 = 52/3
 *   Σ n n δ² = 2 · [117 + 360 + 405 + 432 + 130 + 260 + 351 + 50 + 120 + 15] = 2 · 2240 = 4480
 *   α = 1 − 39 · (52/3) / 4480 = 1 − 676/4480 = 0.8491  (published: 0.849)
 */
describe('krippendorffAlpha on Krippendorff’s own example', () => {
  it('reproduces the published nominal α of 0.743', () => {
    const alpha = krippendorffAlpha(krippendorffUnits, 'nominal');
    expect(alpha.value).toBeCloseTo(1 - 312 / 1216, 12);
    expect(alpha.value?.toFixed(3)).toBe('0.743');
    expect(alpha.pairableValues).toBe(40);
  });

  it('reproduces the published ordinal α of 0.815', () => {
    const alpha = krippendorffAlpha(krippendorffUnits, 'ordinal');
    expect(alpha.value).toBeCloseTo(1 - 73749 / 399480, 12);
    expect(alpha.value?.toFixed(3)).toBe('0.815');
  });

  it('reproduces the published interval α of 0.849', () => {
    const alpha = krippendorffAlpha(krippendorffUnits, 'interval');
    expect(alpha.value).toBeCloseTo(1 - 676 / 4480, 12);
    expect(alpha.value?.toFixed(3)).toBe('0.849');
  });
});

describe('krippendorffAlpha edge cases', () => {
  it('reports no pairable values when no unit has two values', () => {
    expect(krippendorffAlpha([[1, null], [null, 3], []], 'ordinal')).toEqual({
      value: null,
      reason: 'no pairable values',
      pairableValues: 0,
    });
  });

  it('reports no variation when every pairable value is the same', () => {
    expect(
      krippendorffAlpha(
        [
          [2, 2],
          [2, 2, null],
        ],
        'ordinal',
      ),
    ).toEqual({
      value: null,
      reason: 'no variation',
      pairableValues: 4,
    });
  });

  it('is −0.5 for two coders who always disagree on two units', () => {
    // Units (0,1) and (1,0): o(0,1) = o(1,0) = 2, n_0 = n_1 = 2, n = 4.
    // Ordinal δ²(0,1) = (2 + 2 − 2)² = 4. Σ o δ² = 2·2·4 = 16. Σ n n δ² = 2·(2·2·4) = 32.
    // α = 1 − 3 · 16 / 32 = −0.5.
    expect(
      krippendorffAlpha(
        [
          [0, 1],
          [1, 0],
        ],
        'ordinal',
      ).value,
    ).toBeCloseTo(-0.5, 12);
  });

  it('is 1 whenever coders agree on every unit and there is some variation', () => {
    const unit = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 2, max: 5 }));
    fc.assert(
      fc.property(fc.array(unit, { minLength: 2, maxLength: 8 }), (units) => {
        fc.pre(new Set(units.map(([value]) => value)).size > 1);
        const data = units.map(([value, coders]) => Array.from({ length: coders }, () => value));
        for (const metric of ['nominal', 'ordinal', 'interval'] as const) {
          expect(krippendorffAlpha(data, metric).value).toBeCloseTo(1, 12);
        }
      }),
    );
  });

  it('ignores which coder gave which value within a unit', () => {
    const shuffled = krippendorffUnits.map((unit) => [...unit].reverse());
    expect(krippendorffAlpha(shuffled, 'ordinal').value).toBeCloseTo(
      krippendorffAlpha(krippendorffUnits, 'ordinal').value ?? NaN,
      12,
    );
  });
});
