/** Browsers look for the charset declaration in the first 1024 bytes; we allow a little more. */
const PRESCAN_BYTES = 4096;

/** The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`. */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const prescan = bytes.subarray(0, PRESCAN_BYTES);
  const head = Buffer.from(prescan.buffer, prescan.byteOffset, prescan.byteLength).toString(
    'latin1',
  );
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return undefined;
}
