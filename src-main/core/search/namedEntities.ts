import { foldWord } from './foldWord';
import { MAX_ALIAS_WORDS, placeAliases } from './placeAliases';
import { isStopword } from './searchLanguage';
import type { SearchToken } from './searchTokens';
import { searchTokens } from './searchTokens';

/** Small words allowed inside a name: "Banco de la República", "Bank of England". */
const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'of', 'the', 'y', 'and']);

/**
 * Whether a word opens a sentence, where every word is capitalised. A full stop after a single
 * capital ("U.S.") is an abbreviation, not the end of a sentence.
 */
function startsSentence(text: string, token: SearchToken): boolean {
  const before = text.slice(0, token.start).replace(/[\s"'“”‘’«»()[\]]+$/u, '');
  if (before === '') return true;
  if (/[!?¡¿:;]$/u.test(before)) return true;
  return /\.$/u.test(before) && !/(?:^|[^\p{L}])\p{Lu}\.$/u.test(before);
}

type Kind = 'name' | 'maybe' | 'other';

function kindOf(text: string, token: SearchToken): Kind {
  const word = token.text;
  if (!/^\p{Lu}/u.test(word)) return 'other';
  const folded = foldWord(word);
  if (word.length >= 2 && word === word.toUpperCase()) return 'name';
  if (isStopword(folded)) return 'other';
  if (!startsSentence(text, token) || placeAliases.has(folded)) return 'name';
  return 'maybe';
}

/** Consecutive capitalised words (with connectors between them) in order. */
function nameRuns(text: string): string[][] {
  const tokens = Array.from(searchTokens(text.slice(0, 20_000)));
  const kinds = tokens.map((token) => kindOf(text, token));
  const adjacent = (i: number) => {
    const previous = tokens[i - 1];
    const token = tokens[i];
    if (!previous || !token) return false;
    const gap = text.slice(previous.end, token.start);
    return (
      /^[\s.\u00a0]*$/u.test(gap) && !/\p{Ll}{2}\.\s/u.test(text.slice(previous.start, token.start))
    );
  };
  // A capitalised first word of a sentence is a name when a name follows it ("Gustavo Petro").
  for (let i = kinds.length - 1; i >= 0; i -= 1) {
    if (kinds[i] === 'maybe')
      kinds[i] = kinds[i + 1] === 'name' && adjacent(i + 1) ? 'name' : 'other';
  }
  const runs: string[][] = [];
  let run: string[] = [];
  let connectors: string[] = [];
  tokens.forEach((token, i) => {
    const folded = foldWord(token.text);
    if (kinds[i] === 'name') {
      if (run.length > 0 && !adjacent(i)) {
        runs.push(run);
        run = [];
        connectors = [];
      }
      run.push(...connectors, folded);
      connectors = [];
    } else if (run.length > 0 && adjacent(i) && CONNECTORS.has(folded)) {
      connectors.push(folded);
    } else {
      if (run.length > 0) runs.push(run);
      run = [];
      connectors = [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The people, places and bodies a claim names: capitalised words (the first word of a
 * sentence only when a name follows it, or it is an acronym or a known place), folded so
 * accents do not matter, with the English and Spanish names of a place mapped to one key
 * ("EE.UU." = "Estados Unidos" = "the United States"). A heuristic, not a tagger; docs/search.md
 * says what it misses.
 */
export function namedEntities(text: string): Set<string> {
  const entities = new Set<string>();
  for (const words of nameRuns(text)) {
    let i = 0;
    while (i < words.length) {
      let matched = 0;
      for (let n = Math.min(MAX_ALIAS_WORDS, words.length - i); n > 0; n -= 1) {
        const key = placeAliases.get(words.slice(i, i + n).join(' '));
        if (key) {
          entities.add(key);
          matched = n;
          break;
        }
      }
      if (matched === 0) {
        const word = words[i] ?? '';
        if (!CONNECTORS.has(word)) entities.add(word);
        matched = 1;
      }
      i += matched;
    }
  }
  return entities;
}
