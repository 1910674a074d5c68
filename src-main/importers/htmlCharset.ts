import sniffHtmlEncoding from 'html-encoding-sniffer';

/** What the sniffer answers when a page declares nothing; no encoding has this name. */
const NOT_DECLARED = '';

/**
 * The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`, found by
 * the HTML standard's prescan of the first 1024 bytes (as a browser does), as a WHATWG encoding
 * name such as "windows-1252"; undefined when it declares none. A byte-order mark is read by
 * decodeText before any declaration.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const sniffed = sniffHtmlEncoding(bytes, { defaultEncoding: NOT_DECLARED });
  return sniffed === NOT_DECLARED ? undefined : sniffed;
}
