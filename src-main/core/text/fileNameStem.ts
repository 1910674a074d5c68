/**
 * A file name stem from a title: lower-case letters and digits joined by dashes, so any file
 * system takes it, at most `maxLength` UTF-16 code units, cut between words rather than inside
 * one (a single word longer than that is cut). Accents are dropped ("Bogotá" → "bogota");
 * `letters: 'ascii'` keeps only A–Z and 0–9, 'any' keeps letters of every script. Returns ''
 * when nothing is left, so the caller picks its own fallback.
 */
export function fileNameStem(
  title: string,
  maxLength: number,
  letters: 'ascii' | 'any' = 'ascii',
): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(letters === 'ascii' ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let stem = '';
  for (const word of words) {
    const next = stem ? `${stem}-${word}` : word;
    if (next.length > maxLength) return stem || word.slice(0, maxLength);
    stem = next;
  }
  return stem;
}
