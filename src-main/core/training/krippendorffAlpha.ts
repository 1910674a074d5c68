export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

export type AlphaUnavailableReason = 'no pairable values' | 'no variation';

export type AlphaResult =
  | { value: number; pairableValues: number }
  | { value: null; reason: AlphaUnavailableReason; pairableValues: number };

/**
 * Krippendorff's α from the coincidence matrix, as in Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability", section C:
 *
 *   o(c,k) = Σ_u (number of c–k pairs of values from different coders in unit u) / (m_u − 1)
 *   n_c = Σ_k o(c,k),  n = Σ_c n_c
 *   α = 1 − (n − 1) · Σ_c Σ_k o(c,k) δ²(c,k) / Σ_c Σ_k n_c n_k δ²(c,k)
 *
 * with δ²(c,k) = [c ≠ k] (nominal), (c − k)² (interval), or for ordinal, with categories in
 * ascending order, δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)².
 *
 * `units[u][i]` is coder i's value for unit u, or null when missing. Units with fewer than two
 * values cannot be paired and are skipped; `pairableValues` is n.
 */
export function krippendorffAlpha(
  units: readonly (readonly (number | null)[])[],
  metric: AlphaMetric,
): AlphaResult {
  const pairable = units
    .map((unit) => unit.filter((value): value is number => value !== null))
    .filter((values) => values.length >= 2);
  const categories = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const indexOf = new Map(categories.map((category, index) => [category, index]));
  const size = categories.length;

  const coincidences = categories.map(() => categories.map(() => 0));
  for (const values of pairable) {
    const weight = 1 / (values.length - 1);
    values.forEach((first, i) => {
      values.forEach((second, j) => {
        if (i === j) return;
        const row = coincidences[indexOf.get(first) ?? 0];
        const column = indexOf.get(second) ?? 0;
        if (row) row[column] = (row[column] ?? 0) + weight;
      });
    });
  }
  const marginals = coincidences.map((row) => row.reduce((sum, count) => sum + count, 0));
  const n = marginals.reduce((sum, count) => sum + count, 0);
  const pairableValues = pairable.reduce((sum, values) => sum + values.length, 0);
  if (pairableValues === 0) return { value: null, reason: 'no pairable values', pairableValues };

  const difference = (c: number, k: number): number => {
    if (metric === 'nominal') return c === k ? 0 : 1;
    if (metric === 'interval') return ((categories[c] ?? 0) - (categories[k] ?? 0)) ** 2;
    const [low, high] = c <= k ? [c, k] : [k, c];
    let between = 0;
    for (let g = low; g <= high; g++) between += marginals[g] ?? 0;
    return (between - ((marginals[c] ?? 0) + (marginals[k] ?? 0)) / 2) ** 2;
  };

  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const delta = difference(c, k);
      observed += (coincidences[c]?.[k] ?? 0) * delta;
      expected += (marginals[c] ?? 0) * (marginals[k] ?? 0) * delta;
    }
  }
  if (expected === 0) return { value: null, reason: 'no variation', pairableValues };
  return { value: 1 - ((n - 1) * observed) / expected, pairableValues };
}
