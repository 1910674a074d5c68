/**
 * Query parameters that say how a reader arrived, not what they read: analytics campaign tags
 * (utm_*), ad click ids (Facebook, Google, Microsoft, Yandex, X), Mailchimp ids and referrers.
 */
const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  '_ga',
  '_gl',
  'mkt_tok',
]);

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower);
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * A comparison key for "the same source": lowercase host without `www.`, then the path without
 * a trailing slash, then the remaining query parameters sorted by name. The scheme, default
 * port, fragment and tracking parameters are dropped. Other query parameters are kept because
 * they often pick the document (`?v=…`, `?id=…`). Paths stay case-sensitive, as servers treat
 * them. Text that does not parse as a URL, even after assuming https://, is only trimmed and
 * lowercased.
 */
export function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  // "example.org:8080/x" also looks like a scheme followed by a path, hence the port check.
  const hasScheme = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed);
  const parsed = hasScheme ? parse(trimmed) : parse(`https://${trimmed}`);
  if (parsed === null || parsed.host === '') return trimmed.toLowerCase();

  const host = parsed.host.toLowerCase().replace(/^www\./, '');
  let end = parsed.pathname.length;
  while (end > 0 && parsed.pathname[end - 1] === '/') end--;
  // Index scan rather than /\/+$/, which backtracks over every run of slashes in a long path.
  const path = parsed.pathname.slice(0, end);
  const kept = [...parsed.searchParams].filter(([name]) => !isTrackingParameter(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(kept).toString();
  return `${host}${path}${query === '' ? '' : `?${query}`}`;
}
