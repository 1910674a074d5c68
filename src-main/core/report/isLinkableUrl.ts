/**
 * Whether a URL may become a link in an export. Only web and mail links qualify: `javascript:`,
 * `data:`, `file:` and relative URLs would run code, read local files or point nowhere once the
 * report leaves the machine. Whitespace and control characters are refused outright because
 * browsers strip them while parsing, which is how `java\tscript:` slips past naive checks.
 */
export function isLinkableUrl(url: string): boolean {
  return webOrMail.test(url) && !hiddenCharacters.test(url);
}

const webOrMail = /^(?:https?:\/\/[^/?#\\]+|mailto:.+)/i;
// eslint-disable-next-line no-control-regex
const hiddenCharacters = /[\u0000-\u0020\u007f-\u00a0\u00ad\u2000-\u200f\u2028-\u202f\ufeff]/;
