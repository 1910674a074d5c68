/**
 * The only change Factdesk makes to imported text: drop a leading byte-order mark and turn
 * CRLF and lone CR into LF. Anything more would move offsets that selectors rely on.
 */
export function normaliseText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.replace(/\r\n?/g, '\n');
}
