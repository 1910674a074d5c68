/**
 * linkedom builds the tree exactly as the tags say, without the HTML parser's implied
 * `<html>`, `<head>` and `<body>`. A saved page that omits them (valid HTML, and common after
 * minifying) would leave its text outside `document.body`, where Readability never looks. Such
 * pages get the skeleton written out; head elements left in the body are harmless because
 * metadata is read from the whole document and they hold no visible text.
 * Tags are found by index scans: patterns such as `<html\b[^>]*>` rescan to the end of the
 * file for every unclosed tag, which took 91 seconds on `<html a` repeated 40,000 times.
 */
export function withHtmlSkeleton(html: string): string {
  const lower = html.toLowerCase();
  if (hasTag(lower, 'html') && hasTag(lower, 'body')) return html;
  const htmlTag = findTag(lower, 'html', 0);
  const lang = htmlTag ? langOf(html.slice(htmlTag.start, htmlTag.end)) : undefined;
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head></head><body>${withoutSkeletonTags(html, lower)}</body></html>`;
}

const SKELETON = ['html', 'head', 'body'];

/** Whether `<name` is followed by whitespace or `>` anywhere in the (lower-cased) text. */
function hasTag(lower: string, name: string): boolean {
  return findOpening(lower, name, 0) >= 0;
}

/** Position of `<name` followed by whitespace or `>`, or -1. */
function findOpening(lower: string, name: string, from: number): number {
  for (let at = lower.indexOf(`<${name}`, from); at >= 0; at = lower.indexOf(`<${name}`, at + 1)) {
    if (/[\s>]/.test(lower[at + name.length + 1] ?? '')) return at;
  }
  return -1;
}

/** The whole `<name …>` tag from `from` on, or undefined when there is none or it never ends. */
function findTag(
  lower: string,
  name: string,
  from: number,
): { start: number; end: number } | undefined {
  const start = findOpening(lower, name, from);
  if (start < 0) return undefined;
  const close = lower.indexOf('>', start);
  return close < 0 ? undefined : { start, end: close + 1 };
}

function langOf(tag: string): string | undefined {
  const at = tag.toLowerCase().search(/\slang\s*=/);
  if (at < 0) return undefined;
  const value = tag.slice(tag.indexOf('=', at) + 1).trimStart();
  const unquoted = value.startsWith('"') || value.startsWith("'") ? value.slice(1) : value;
  let end = 0;
  while (end < unquoted.length && end < 40 && /[\w-]/.test(unquoted[end] ?? '')) end++;
  return end > 0 ? unquoted.slice(0, end) : undefined;
}

/** The text without `<!doctype …>` and the `<html>`, `<head>` and `<body>` tags themselves. */
function withoutSkeletonTags(html: string, lower: string): string {
  let out = '';
  let from = 0;
  for (let at = lower.indexOf('<', from); at >= 0; at = lower.indexOf('<', at + 1)) {
    let nameStart = at + 1;
    if (lower[nameStart] === '/') nameStart++;
    let nameEnd = nameStart;
    while (nameEnd < lower.length && /[a-z!]/.test(lower[nameEnd] ?? '')) nameEnd++;
    const name = lower.slice(nameStart, nameEnd);
    const isDoctype = name === '!doctype' && nameStart === at + 1;
    const isSkeleton = SKELETON.includes(name) && !/[\w-]/.test(lower[nameEnd] ?? '');
    if (!isDoctype && !isSkeleton) continue;
    const close = lower.indexOf('>', nameEnd);
    // An unclosed tag here means no later tag closes either: keep the rest as it is.
    if (close < 0) break;
    out += html.slice(from, at);
    from = close + 1;
    at = close;
  }
  return out + html.slice(from);
}
