/**
 * The reliability data of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
 * section C: four coders (rows) by twelve units (columns), null where a coder gave no value.
 */
const _ = null;
export const krippendorffCoders: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

/** The same data unit by unit: units[u][coder]. */
export const krippendorffUnits: (number | null)[][] = Array.from({ length: 12 }, (_unit, u) =>
  krippendorffCoders.map((coder) => coder[u] ?? null),
);
