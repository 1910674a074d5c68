/** Largest fact-check feed file, in bytes (50 MB): a year of a large aggregator's feed. */
export const MAX_FACT_CHECK_FEED_BYTES = 50_000_000;

/** Most review items in one feed file; a larger feed is refused whole, to be split. */
export const MAX_FACT_CHECK_ITEMS = 200_000;

/** How deep the JSON is searched for reviews; real feeds nest four or five levels. */
export const MAX_FEED_DEPTH = 32;
