import type { Migration } from './Migration';
import { initial } from './0001-initial';
import { training } from './0002-training';
import { claimReviewFields } from './0003-claim-review-fields';
import { claimNumbers } from './0004-claim-numbers';

/** In order; each file is one step. The schema version is the last entry's version. */
export const migrations: readonly Migration[] = [
  initial,
  training,
  claimReviewFields,
  claimNumbers,
];

export const SCHEMA_VERSION = migrations.length;
