import type { Quantity } from './extractQuantities';
import { extractQuantities } from './extractQuantities';
import { foldWord } from './foldWord';
import { isNegated } from './isNegated';
import { namedEntities } from './namedEntities';
import type { StemmingLanguage } from './searchLanguage';
import { isStopword } from './searchLanguage';
import { searchWords } from './searchTokens';
import { stemWord } from './stemWord';

/** What claim matching compares about a claim. */
export interface ClaimProfile {
  /** Folded stems of the words that carry meaning (no common words, no digits). */
  terms: Set<string>;
  /** People, places and bodies named (see namedEntities). */
  entities: Set<string>;
  quantities: Quantity[];
  negated: boolean;
}

/** Reads a claim's text in its language (the stemmer's). */
export function claimProfile(text: string, language: StemmingLanguage): ClaimProfile {
  const terms = new Set<string>();
  for (const word of searchWords(text)) {
    const folded = foldWord(word);
    if (isStopword(folded) || /^\p{N}+$/u.test(folded)) continue;
    terms.add(foldWord(stemWord(word, language)));
  }
  return {
    terms,
    entities: namedEntities(text),
    quantities: extractQuantities(text),
    negated: isNegated(text),
  };
}
