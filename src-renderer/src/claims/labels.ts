import type { ClaimKind, ClaimStatus, SourceKind, Stance } from '../../../src-main/core/model';

export const statusLabels: Record<ClaimStatus, string> = {
  unchecked: 'Unchecked',
  in_progress: 'In progress',
  needs_review: 'Needs review',
  done: 'Done',
};

export const kindLabels: Record<ClaimKind, string> = {
  numeric: 'Numeric',
  quote: 'Quote',
  attribution: 'Attribution',
  causal: 'Causal',
  other: 'Other',
};

export const stanceLabels: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

export const sourceKindLabels: Record<SourceKind, string> = {
  primary: 'Primary document',
  official: 'Official statement',
  dataset: 'Dataset',
  expert: 'Expert',
  news: 'News report',
  other: 'Other',
};
