/**
 * An absolute http(s) address with a host and no white space, trimmed; undefined otherwise.
 * Only such addresses mean anything to the search engines and aggregators that read
 * ClaimReview. Two linear checks rather than one pattern, which could backtrack.
 */
export function webUrl(url: string): string | undefined {
  const trimmed = url.trim();
  return /^https?:\/\/[^\s/?#\\]/i.test(trimmed) && !/\s/.test(trimmed) ? trimmed : undefined;
}

/** An ISO 8601 date (YYYY-MM-DD, optionally with a time), or undefined. */
export function isoDate(value: string): string | undefined {
  const trimmed = value.trim();
  return /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)
    ? trimmed
    : undefined;
}
