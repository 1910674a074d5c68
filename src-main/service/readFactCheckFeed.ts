import type { ImportJobLimits } from '../jobs/runImportJob';
import { runImportJob } from '../jobs/runImportJob';
import { parseFactCheckFeed } from '../core/factchecks/parseFactCheckFeed';
import type { FactCheckFeedReader } from './WorkbenchContext';

/** Import time limit for a feed read in this thread, in ms: the import worker's 30 s. */
export const FEED_TIME_LIMIT_MS = 30_000;

/**
 * Reads a feed in the calling thread under the import time limit; refusals are
 * FactCheckFeedError. For shells that have no import worker (a test's own workbench).
 */
export const readFactCheckFeed: FactCheckFeedReader = (_fileName, bytes) =>
  Promise.resolve(parseFactCheckFeed(bytes, { deadline: Date.now() + FEED_TIME_LIMIT_MS }));

/**
 * Reads feeds in the import worker, with the time and memory limits of every other import;
 * refusals are ImportError, their message naming the file.
 */
export function createFactCheckFeedReader(
  limits: Partial<ImportJobLimits> = {},
  keepSpare = false,
): FactCheckFeedReader {
  return (fileName, bytes) =>
    runImportJob(
      'factCheckFeed',
      { fileName, bytes },
      { limits, subject: `"${fileName}"`, keepSpare },
    );
}
