import type { Migration } from './Migration';
import { initial } from './0001-initial';
import { training } from './0002-training';
import { claimReviewFields } from './0003-claim-review-fields';
import { claimNumbers } from './0004-claim-numbers';
import { search } from './0005-search';

/** In order; each file is one step. The schema version is the last entry's version. */
export const migrations: readonly Migration[] = [
  initial,
  training,
  claimReviewFields,
  claimNumbers,
  search,
];

export const SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;
