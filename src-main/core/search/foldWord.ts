/**
 * A word as the index compares it: lowercase, canonical (NFC), and without the diacritics of
 * Latin letters, the way SQLite's unicode61 tokenizer with remove_diacritics 2 folds it, so
 * that "Bogotá" and "Bogota" are one word.
 */
export function foldWord(word: string): string {
  // Plain ASCII has nothing to fold: the common case, kept quick.
  if (!/[^\p{ASCII}]/u.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .normalize('NFC');
}
