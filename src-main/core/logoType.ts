/** The image types a newsroom logo may be, told by their first bytes (never by the name). */
const signatures: readonly { mime: string; matches(bytes: Uint8Array): boolean }[] = [
  {
    mime: 'image/png',
    matches: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v),
  },
  { mime: 'image/jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/gif', matches: (b) => ascii(b, 0, 4) === 'GIF8' },
  { mime: 'image/webp', matches: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
];

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/**
 * The MIME type of a logo's bytes: PNG, JPEG, GIF or WebP, or undefined for anything else.
 * Raster types only: they cannot carry script, so a report can inline them as `data:` URLs.
 */
export function logoType(bytes: Uint8Array): string | undefined {
  return signatures.find((signature) => signature.matches(bytes))?.mime;
}
