/**
 * Cohen's weighted κ (Cohen 1968, "Weighted kappa") with quadratic disagreement weights
 * w(i,j) = (i − j)² / (k − 1)²:
 *
 *   κ = 1 − Σ w(i,j)·O(i,j) / Σ w(i,j)·E(i,j),   E(i,j) = row(i) · column(j) / n
 *
 * `counts[i][j]` is the number of items rater one put in step i and rater two in step j.
 * Null when the expected weighted disagreement is 0 (no items, a single step, or both raters
 * using one and the same step throughout), where κ is 0/0.
 */
export function quadraticWeightedKappa(counts: readonly (readonly number[])[]): number | null {
  const steps = counts.length;
  if (steps < 2) return null;
  const rowTotals = counts.map((row) => row.reduce((sum, count) => sum + count, 0));
  const columnTotals = counts.map((_, j) => counts.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  const n = rowTotals.reduce((sum, total) => sum + total, 0);
  if (n === 0) return null;

  let observed = 0;
  let expected = 0;
  for (let i = 0; i < steps; i++) {
    for (let j = 0; j < steps; j++) {
      const weight = (i - j) ** 2 / (steps - 1) ** 2;
      observed += weight * (counts[i]?.[j] ?? 0);
      expected += (weight * (rowTotals[i] ?? 0) * (columnTotals[j] ?? 0)) / n;
    }
  }
  return expected === 0 ? null : 1 - observed / expected;
}
