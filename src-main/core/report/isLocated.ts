import type { Claim } from '../model';

/** Whether a claim can be highlighted: anchored, and its offsets fit the current text. */
export function isLocated(
  claim: Pick<Claim, 'anchorState' | 'start' | 'end'>,
  textLength: number,
): boolean {
  return (
    claim.anchorState !== 'orphaned' &&
    Number.isInteger(claim.start) &&
    Number.isInteger(claim.end) &&
    claim.start >= 0 &&
    claim.start < claim.end &&
    claim.end <= textLength
  );
}
