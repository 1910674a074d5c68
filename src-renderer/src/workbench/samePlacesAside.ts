import type { ClaimOutline, ListedClaim } from '../../../src-main/core/model';

function sameApartFromPlace(listed: ListedClaim, outline: ClaimOutline): boolean {
  if (listed === outline) return true;
  for (const key of Object.keys(outline) as (keyof ClaimOutline)[]) {
    if (key === 'start' || key === 'end') continue;
    if (!Object.is(listed[key], outline[key])) return false;
  }
  return Object.keys(listed).length === Object.keys(outline).length;
}

/**
 * Whether `outlines` list the same claims as `listed`, in the same order, with the same fields
 * apart from where each is in the text. Fields are compared as values, nested ones (the verdict)
 * by identity, so a claim whose verdict object was replaced counts as changed even when the new
 * one says the same.
 */
export function samePlacesAside(
  listed: readonly ListedClaim[],
  outlines: readonly ClaimOutline[],
): boolean {
  if (listed.length !== outlines.length) return false;
  for (let index = 0; index < outlines.length; index++) {
    const before = listed[index];
    const after = outlines[index];
    if (!before || !after || !sameApartFromPlace(before, after)) return false;
  }
  return true;
}
