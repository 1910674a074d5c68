/** WHATWG's windows-1252 for bytes 0x80–0x9F; every other byte maps to the same code point. */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((codePoint) => String.fromCharCode(codePoint));

/**
 * Node's TextDecoder treats "windows-1252" as ISO-8859-1 and turns smart quotes (0x93, 0x94)
 * into invisible control characters, so the table is applied by hand.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => HIGH_CONTROL_RANGE[c.charCodeAt(0) - 0x80] ?? c);
}
