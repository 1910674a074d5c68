import snowball from 'snowball-stemmers';
import { foldWord } from './foldWord';
import type { StemmingLanguage } from './searchLanguage';
import { searchWords } from './searchTokens';

type Stemmer = (word: string) => string;

const CACHE_LIMIT = 200_000;
/**
 * Longer "words" (a pasted hash, a URL, a run of one letter in a hostile note) are indexed as
 * they are: no language has suffixes to strip from them, and Snowball's time grows with the
 * square of a word's length, so a 200,000-letter word would hold the app for a minute.
 */
export const MAX_STEMMED_WORD_LENGTH = 64;

/**
 * Snowball's stemmers are slow per call (tens of µs) but words repeat, so each language keeps
 * a bounded memo of word → stem; it is dropped whole when full, which keeps it simple and
 * bounded in memory.
 */
function memoised(stem: Stemmer): Stemmer {
  let cache = new Map<string, string>();
  return (word) => {
    let stemmed = cache.get(word);
    if (stemmed === undefined) {
      stemmed = stem(word);
      if (cache.size >= CACHE_LIMIT) cache = new Map();
      cache.set(word, stemmed);
    }
    return stemmed;
  };
}

const english = snowball.newStemmer('english');
const spanish = snowball.newStemmer('spanish');

const stemmers: Record<StemmingLanguage, Stemmer> = {
  en: memoised((word) => english.stem(word)),
  es: memoised((word) => spanish.stem(word)),
  none: (word) => word,
};

/**
 * A word's stem in a language: lowercase first, diacritics kept (Spanish suffixes such as
 * "-ción" need them), so the stem of "información" is "inform". Digits, and words longer than
 * MAX_STEMMED_WORD_LENGTH code units, are left alone.
 */
export function stemWord(word: string, language: StemmingLanguage): string {
  const lower = word.normalize('NFC').toLowerCase();
  if (lower.length > MAX_STEMMED_WORD_LENGTH || /^\p{N}+$/u.test(lower)) return lower;
  return stemmers[language](lower);
}

/**
 * The stems of every word of a text, one per word, in order, separated by spaces: what the
 * index's stem columns hold. unicode61 then folds their diacritics like everything else.
 */
export function stemText(text: string, language: StemmingLanguage): string {
  return searchWords(text)
    .map((word) => stemWord(word, language))
    .join(' ');
}

const ACUTE: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };

/**
 * The word with an acute accent put on each vowel of its ending in turn: what a Spanish word
 * typed without accents may have been ("informacion" → "información"). The stemmer's suffixes
 * carry accents ("-ción", "-ía"), and only in the last letters, so only there.
 */
function withAccents(word: string): string[] {
  if (word.length < 4 || word.length > 24 || !/^[a-z]+$/u.test(word)) return [];
  const variants: string[] = [];
  for (let i = word.length - 4; i < word.length; i += 1) {
    const accented = ACUTE[word[i] ?? ''];
    if (accented) variants.push(word.slice(0, i) + accented + word.slice(i + 1));
  }
  return variants;
}

/**
 * The forms a query word can take in the stem columns: its stem in every language, folded,
 * and for Spanish also the stems of the word with the accent the person may have left out.
 */
export function stemVariants(word: string): string[] {
  const variants = new Set<string>();
  for (const language of ['en', 'es', 'none'] as const) {
    variants.add(foldWord(stemWord(word, language)));
  }
  for (const accented of withAccents(word.toLowerCase())) {
    variants.add(foldWord(stemWord(accented, 'es')));
  }
  return [...variants];
}
