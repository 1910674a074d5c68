import type { Report } from './Report';

/**
 * A sentence for readers when the claims' numbers are not simply 1, 2, 3… in reading order:
 * numbers are given when a claim is marked and never change (so links and notes keep pointing
 * at the same claim), and a deleted claim's number is not reused. Null when nothing needs
 * explaining.
 */
export function claimNumberingNote(report: Pick<Report, 'claims'>): string | null {
  const numbers = report.claims.map((claim) => claim.number);
  const inOrder = numbers.every((number, index) => number === index + 1);
  if (inOrder) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  const gaps = sorted.some((number, index) => number !== index + 1);
  return gaps
    ? 'Claims are listed in reading order. Each keeps the number it was given when it was marked; missing numbers are claims that were deleted.'
    : 'Claims are listed in reading order. Each keeps the number it was given when it was marked.';
}
