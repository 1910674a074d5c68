import { foldWord } from './foldWord';
import type { SearchQuery, SearchTerm } from './parseSearchQuery';
import type { StemmingLanguage } from './searchLanguage';
import { isStopword, stemmingLanguages } from './searchLanguage';
import { searchWords } from './searchTokens';
import { stemVariants, stemWord } from './stemWord';

/** An FTS5 string literal: only the double quote needs escaping, by doubling. */
function literal(words: string[]): string {
  return `"${words.join(' ').replaceAll('"', '""')}"`;
}

/**
 * The forms a term can take in the index, which holds stems: a single word gets every
 * variant (stemVariants); a phrase gets each language's stems of all its words, since a
 * document is stemmed in one language. A term typed as a prefix ends in FTS5's `*` after both
 * its last word as typed and that word's stem: the stem of a whole word is often shorter than
 * the word ("ferries" is indexed as "ferri"), or not a start of it ("happy", "happi").
 */
function termForms(term: SearchTerm): string[] {
  const { words } = term;
  const forms = new Set<string>();
  if (term.prefix) {
    const typed = words[words.length - 1] ?? '';
    for (const language of stemmingLanguages) {
      const head = words.slice(0, -1).map((word) => foldWord(stemWord(word, language)));
      for (const last of new Set([foldWord(typed), foldWord(stemWord(typed, language))])) {
        forms.add(`${literal([...head, last])} *`);
      }
    }
    return [...forms];
  }
  if (words.length === 1) {
    for (const variant of stemVariants(words[0] ?? '')) forms.add(literal([variant]));
  }
  for (const language of stemmingLanguages) {
    forms.add(literal(words.map((word) => foldWord(stemWord(word, language)))));
  }
  return [...forms];
}

/**
 * The FTS5 MATCH expression for a parsed query, or null when there is nothing to look for (no
 * words, or only excluded ones). Every word reaches FTS5 inside a string literal, so no input
 * can be read as an operator. Every included term must match; none of the excluded may.
 */
export function toFtsQuery(query: SearchQuery): string | null {
  if (query.include.length === 0) return null;
  const term = (t: SearchTerm) => `(${termForms(t).join(' OR ')})`;
  const included = query.include.map(term).join(' AND ');
  const excluded = query.exclude.map((t) => ` NOT ${term(t)}`).join('');
  return `(${included})${excluded}`;
}

/** A meaningful word of a claim and the forms it takes in the index. */
export interface CandidateTerm {
  word: string;
  /** Its stem in the claim's language, folded: how its rarity is looked up. */
  stem: string;
  forms: string[];
}

/** Most words of a claim considered for finding candidates. */
export const MAX_CLAIM_WORDS = 40;

/** The claim's words that are worth looking for: no common words, each once. */
export function candidateTerms(text: string, language: StemmingLanguage): CandidateTerm[] {
  const seen = new Set<string>();
  const terms: CandidateTerm[] = [];
  for (const word of searchWords(text.normalize('NFC'))) {
    const folded = foldWord(word);
    if (seen.has(folded) || isStopword(folded)) continue;
    seen.add(folded);
    terms.push({ word, stem: foldWord(stemWord(word, language)), forms: stemVariants(word) });
    if (terms.length >= MAX_CLAIM_WORDS) break;
  }
  return terms;
}

/**
 * The FTS5 expression that finds claims sharing any of these terms in their own text (the
 * head column); BM25 then ranks those sharing the rarest words first. Null without terms.
 */
export function toCandidateQuery(terms: readonly CandidateTerm[]): string | null {
  const forms = [...new Set(terms.flatMap((term) => term.forms))];
  return forms.length > 0
    ? `{head} : (${forms.map((form) => literal([form])).join(' OR ')})`
    : null;
}
