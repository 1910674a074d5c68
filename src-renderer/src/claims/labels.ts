import type { ClaimantKind, SourceKind } from '../../../src-main/core/model';

/** The report's names for claim fields, so the app and the exported report say the same. */
export {
  kindNames as kindLabels,
  stanceNames as stanceLabels,
  statusNames as statusLabels,
} from '../../../src-main/core/report/describeClaim';

export const sourceKindLabels: Record<SourceKind, string> = {
  primary: 'Primary document',
  official: 'Official statement',
  dataset: 'Dataset',
  expert: 'Expert',
  news: 'News report',
  other: 'Other',
};

/** ClaimReview types the claimant as a Person or an Organization; nothing is guessed. */
export const claimantKindLabels: Record<ClaimantKind, string> = {
  unknown: 'Not set',
  person: 'Person',
  organization: 'Organization',
};
