/**
 * Letters and digits in any script, plus combining marks so that decomposed accents and
 * Indic vowel signs stay inside their word instead of splitting it.
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Lowercase word tokens, in order; punctuation and whitespace only separate them. */
export function wordTokens(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => match[0].toLowerCase());
}
