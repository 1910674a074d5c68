const isoDateTime = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * "2025-10-21T14:03:55.120Z" reads as "2025-10-21 14:03 UTC". Core has no locale or time zone,
 * so the offset is kept as written rather than converted; anything else passes through.
 */
export function formatTimestamp(value: string): string {
  const match = isoDateTime.exec(value.trim());
  if (!match) return value;
  const [, date, time, zone] = match;
  const zoneText = zone === undefined ? '' : zone === 'Z' ? ' UTC' : ` UTC${zone}`;
  return `${date} ${time}${zoneText}`;
}

/** The date part of an ISO timestamp, as ClaimReview's datePublished wants it. */
export function datePart(value: string): string {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
  return match ? match[0] : value.trim();
}
