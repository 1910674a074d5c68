import { foldWord } from './foldWord';
import type { SearchQuery, SearchTerm } from './parseSearchQuery';
import { stemVariants, stemWord } from './stemWord';
import { isStopword, stemmingLanguages } from './searchLanguage';
import { searchWords } from './searchTokens';

/** The index's columns, as docs/search.md describes them. */
export const WORD_COLUMNS = '{head body}';
export const STEM_COLUMNS = '{head_stems body_stems}';

/** An FTS5 string literal: only the double quote needs escaping, by doubling. */
function literal(words: string[]): string {
  return `"${words.join(' ').replaceAll('"', '""')}"`;
}

/**
 * A phrase in the stem columns: each language's stems of all its words; a single word also
 * gets every variant (stemVariants). A phrase's words must share one language's stemming, so
 * the variants are not mixed across its words.
 */
function stemmedPhrases(words: string[]): string[] {
  const phrases = new Set<string>();
  if (words.length === 1) {
    for (const variant of stemVariants(words[0] ?? '')) phrases.add(literal([variant]));
  }
  for (const language of stemmingLanguages) {
    phrases.add(literal(words.map((word) => foldWord(stemWord(word, language)))));
  }
  return [...phrases];
}

/** The term as written (accents folded by the index), or any language's stems of it. */
function termExpression(term: SearchTerm): string {
  const written = `${WORD_COLUMNS} : ${literal(term.words)}${term.prefix ? ' *' : ''}`;
  if (term.prefix) return `(${written})`;
  return `(${written} OR ${STEM_COLUMNS} : (${stemmedPhrases(term.words).join(' OR ')}))`;
}

/**
 * The FTS5 MATCH expression for a parsed query, or null when there is nothing to look for (no
 * words, or only excluded ones). Every word reaches FTS5 inside a string literal, so no input
 * can be read as an operator. `mode` "all" needs every included term; "any" ranks by how many
 * match (for finding candidates).
 */
export function toFtsQuery(query: SearchQuery, mode: 'all' | 'any' = 'all'): string | null {
  if (query.include.length === 0) return null;
  const included = query.include.map(termExpression).join(mode === 'all' ? ' AND ' : ' OR ');
  const excluded = query.exclude.map((term) => ` NOT ${termExpression(term)}`).join('');
  return `(${included})${excluded}`;
}

/** Most words of a claim used to find candidates; the rest add little and cost time. */
export const MAX_CANDIDATE_TERMS = 24;

/**
 * The FTS5 expression that finds earlier claims sharing any meaningful word or number with
 * `text`, in the claims' own text (head) only: BM25 then ranks those sharing the rarest words
 * first. Null when the text has no such word.
 */
export function toCandidateQuery(text: string): string | null {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const word of searchWords(text.normalize('NFC'))) {
    const folded = foldWord(word);
    if (seen.has(folded) || isStopword(folded)) continue;
    seen.add(folded);
    const stems = stemmedPhrases([word]);
    terms.push(`{head} : ${literal([word])} OR {head_stems} : (${stems.join(' OR ')})`);
    if (terms.length >= MAX_CANDIDATE_TERMS) break;
  }
  return terms.length > 0 ? terms.map((term) => `(${term})`).join(' OR ') : null;
}
