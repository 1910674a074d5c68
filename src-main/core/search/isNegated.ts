import { foldWord } from './foldWord';

/** Words that turn a statement around, in English and Spanish (accents folded). */
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'without',
  'cannot',
  'nowhere',
  'nunca',
  'jamas',
  'ni',
  'sin',
  'ningun',
  'ninguna',
  'ninguno',
  'nadie',
  'nada',
  'tampoco',
]);

/** "didn't", "isn’t", "won't": the contraction, with either apostrophe. */
const CONTRACTION = /\p{L}n['’]t(?!\p{L})/giu;

/**
 * Whether a claim is stated in the negative: an odd number of negations ("did not rise",
 * "no ha subido"), since two cancel out ("not without reason"). Crude, and documented as such
 * in docs/search.md: it only has to tell a claim from its denial.
 */
export function isNegated(text: string): boolean {
  let count = Array.from(text.matchAll(CONTRACTION)).length;
  for (const match of text.matchAll(/\p{L}+/gu)) {
    if (NEGATIONS.has(foldWord(match[0]))) count += 1;
  }
  return count % 2 === 1;
}
