import type { ClaimKind, ClaimStatus, ClaimantKind, Stance } from '../model';

/** Plain-English names for stored enum values, shared by every human-readable format. */
export const claimantKindNames: Record<ClaimantKind, string> = {
  unknown: '',
  person: 'Person',
  organization: 'Organization',
};

export const statusNames: Record<ClaimStatus, string> = {
  unchecked: 'Unchecked',
  in_progress: 'In progress',
  needs_review: 'Needs review',
  done: 'Done',
};

export const kindNames: Record<ClaimKind, string> = {
  numeric: 'Numeric',
  quote: 'Quote',
  attribution: 'Attribution',
  causal: 'Causal',
  other: 'Other',
};

export const stanceNames: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};
