/**
 * Word characters as SQLite's unicode61 tokenizer sees them (letters, digits, private use),
 * plus combining marks so that a decomposed accent stays inside its word.
 */
const TOKEN = /[\p{L}\p{M}\p{N}\p{Co}]+/gu;

export interface SearchToken {
  /** The word as written. */
  text: string;
  /** UTF-16 offsets into the text it came from. */
  start: number;
  end: number;
}

/** The words of a text in order, with their offsets; everything else only separates them. */
export function* searchTokens(text: string, limit = Infinity): Generator<SearchToken> {
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    if (start >= limit) return;
    yield { text: match[0], start, end: start + match[0].length };
  }
}

/** Just the words, as written. */
export function searchWords(text: string): string[] {
  return Array.from(searchTokens(text), (token) => token.text);
}
