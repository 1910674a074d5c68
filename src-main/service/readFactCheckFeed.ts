import { parseFactCheckFeed } from '../core/factchecks/parseFactCheckFeed';
import type { FactCheckFeedReader } from './WorkbenchContext';

/** Import time limit for a feed read in this thread, in ms: the article importers' 30 s. */
export const FEED_TIME_LIMIT_MS = 30_000;

/**
 * Reads a feed in the calling thread under the import time limit. parseFactCheckFeed is a
 * pure function over the bytes, so it runs unchanged as a job of the import worker.
 */
export const readFactCheckFeed: FactCheckFeedReader = (_fileName, bytes) =>
  Promise.resolve(parseFactCheckFeed(bytes, { deadline: Date.now() + FEED_TIME_LIMIT_MS }));
