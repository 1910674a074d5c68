export interface PrecisionRecallF1 {
  /** Null when the trainee marked nothing: there is no share of marks to be right. */
  precision: number | null;
  /** Null when the key has no claims. */
  recall: number | null;
  /** 0 whenever precision or recall is null or both are 0, so F1 is always a number. */
  f1: number;
}

/** Precision = hits / marked, recall = hits / expected, F1 = their harmonic mean. */
export function precisionRecallF1(
  hits: number,
  marked: number,
  expected: number,
): PrecisionRecallF1 {
  const precision = marked === 0 ? null : hits / marked;
  const recall = expected === 0 ? null : hits / expected;
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? 0
      : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
