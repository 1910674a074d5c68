import stopword from 'stopword';

/** Languages Factdesk stems; "none" indexes words as they are (lowercase, without accents). */
export const stemmingLanguages = ['en', 'es', 'none'] as const;
export type StemmingLanguage = (typeof stemmingLanguages)[number];

const NAMES: Record<string, StemmingLanguage> = {
  en: 'en',
  eng: 'en',
  english: 'en',
  inglés: 'en',
  ingles: 'en',
  es: 'es',
  spa: 'es',
  spanish: 'es',
  español: 'es',
  espanol: 'es',
  castellano: 'es',
};

const ENGLISH_WORDS = new Set(stopword.eng);
const SPANISH_WORDS = new Set(stopword.spa);
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Which stemmer a text gets. A declared language (a BCP 47 tag such as "es-CO", or a name
 * such as "Spanish") wins; a language Factdesk has no stemmer for gets "none". Without a
 * declaration the text's own common words decide between English and Spanish, and English is
 * the default. A wrong guess costs little: queries are stemmed in every language (see
 * docs/search.md), so only plural/singular conflation is lost.
 */
export function stemmingLanguage(tag: string, text = ''): StemmingLanguage {
  const declared = tag.trim().toLowerCase();
  if (declared) {
    const primary = declared.split(/[-_\s]/)[0] ?? '';
    return NAMES[declared] ?? NAMES[primary] ?? 'none';
  }
  return guessLanguage(text);
}

/** English or Spanish by counting each language's common words in the first 2,000 characters. */
export function guessLanguage(text: string): 'en' | 'es' {
  let english = 0;
  let spanish = 0;
  for (const match of text.slice(0, 2000).matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (ENGLISH_WORDS.has(word)) english += 1;
    if (SPANISH_WORDS.has(word)) spanish += 1;
  }
  return spanish > english ? 'es' : 'en';
}

/** The common words of a language that carry little meaning in a claim. */
export function isStopword(word: string): boolean {
  return ENGLISH_WORDS.has(word) || SPANISH_WORDS.has(word);
}
