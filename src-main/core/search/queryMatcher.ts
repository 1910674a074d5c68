import { foldWord } from './foldWord';
import type { SearchQuery } from './parseSearchQuery';
import type { StemmingLanguage } from './searchLanguage';
import { stemmingLanguages } from './searchLanguage';
import { stemVariants, stemWord } from './stemWord';

/** Tells whether a word of a result matched the query: what a snippet highlights. */
export type WordMatcher = (word: string) => boolean;

/**
 * The included words of a query as the index matched them: the folded word itself, a folded
 * prefix (as typed, or its stem) for a term typed as a prefix, or any language's stem
 * compared with the result word's stem in the result's language.
 */
export function queryMatcher(query: SearchQuery, language: StemmingLanguage): WordMatcher {
  const words = new Set<string>();
  const stems = new Set<string>();
  const prefixes: string[] = [];
  const stemPrefixes = new Set<string>();
  for (const term of query.include) {
    term.words.forEach((word, i) => {
      const folded = foldWord(word);
      if (term.prefix && i === term.words.length - 1) {
        prefixes.push(folded);
        for (const stemming of stemmingLanguages)
          stemPrefixes.add(foldWord(stemWord(word, stemming)));
      } else {
        words.add(folded);
        for (const variant of stemVariants(word)) stems.add(variant);
      }
    });
  }
  // Texts repeat their words: each distinct word is judged once.
  const judged = new Map<string, boolean>();
  return (word) => {
    let matched = judged.get(word);
    if (matched === undefined) {
      const folded = foldWord(word);
      const stem = foldWord(stemWord(word, language));
      matched =
        words.has(folded) ||
        prefixes.some((prefix) => folded.startsWith(prefix)) ||
        stems.has(stem) ||
        [...stemPrefixes].some((prefix) => stem.startsWith(prefix));
      judged.set(word, matched);
    }
    return matched;
  };
}
