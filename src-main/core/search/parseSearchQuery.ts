import { foldWord } from './foldWord';
import { isStopword } from './searchLanguage';
import { searchWords } from './searchTokens';

/** One thing to look for: a word, or a phrase when it has several words. */
export interface SearchTerm {
  /** The words as typed, in order. */
  words: string[];
  /** The last word may be the start of a longer one (search as you type). */
  prefix: boolean;
  /** Typed in quotes: kept even when it is a common word. */
  quoted: boolean;
}

export interface SearchQuery {
  /** Every one of these must match. */
  include: SearchTerm[];
  /** None of these may match. */
  exclude: SearchTerm[];
}

/** More terms than this are ignored: nobody types them, and each one costs a posting list. */
export const MAX_QUERY_TERMS = 32;

interface Chunk {
  text: string;
  quoted: boolean;
  negated: boolean;
}

/** Splits on whitespace outside quotes; a quote runs to the next quote or to the end. */
function chunks(input: string): Chunk[] {
  const found: Chunk[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i] ?? '';
    if (/\s/u.test(char)) {
      i += 1;
      continue;
    }
    let negated = false;
    if (char === '-') {
      negated = true;
      i += 1;
      while (input[i] === '-') i += 1;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? input.length : close;
      found.push({ text: input.slice(i + 1, end), quoted: true, negated });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/u.test(input[end] ?? '') && input[end] !== '"') end += 1;
    found.push({ text: input.slice(i, end), quoted: false, negated });
    i = end;
  }
  return found;
}

/**
 * Reads what a person typed into the search box. It is never FTS5 syntax: quotes make a
 * phrase, a leading "-" excludes a word or phrase, and every other character that is not part
 * of a word only separates words (so `*`, `NEAR(`, `:` and brackets are harmless). A word
 * joined by punctuation ("covid-19", "U.S.") is a phrase of its parts, which is how the index
 * split it. With `prefixLast`, the last word matches longer words too unless the input ends
 * with a space or a quote. Common words ("the", "de", "said") are left out unless quoted or
 * nothing else is asked for: they are in most documents and would only slow the search.
 */
export function parseSearchQuery(input: string, options: { prefixLast?: boolean } = {}) {
  const query: SearchQuery = { include: [], exclude: [] };
  const all = chunks(input.normalize('NFC'));
  for (const chunk of all) {
    const words = searchWords(chunk.text);
    if (words.length === 0) continue;
    const term: SearchTerm = { words, prefix: false, quoted: chunk.quoted };
    (chunk.negated ? query.exclude : query.include).push(term);
    if (query.include.length + query.exclude.length >= MAX_QUERY_TERMS) break;
  }
  const common = (term: SearchTerm) =>
    term.words.length === 1 && !term.quoted && isStopword(foldWord(term.words[0] ?? ''));
  if (query.include.some((term) => !common(term))) {
    query.include = query.include.filter((term) => !common(term));
  }
  const last = all[all.length - 1];
  const lastTerm = query.include[query.include.length - 1];
  const typedLast = searchWords(last?.text ?? '');
  if (
    options.prefixLast &&
    last &&
    !last.quoted &&
    !last.negated &&
    lastTerm &&
    lastTerm.words.join(' ') === typedLast.join(' ') &&
    !/[\s"]$/u.test(input) &&
    /[\p{L}\p{N}]$/u.test(input)
  ) {
    lastTerm.prefix = true;
  }
  return query;
}
