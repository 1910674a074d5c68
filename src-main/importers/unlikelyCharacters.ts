/** Punctuation that legitimately sits between letters: apostrophes, hyphens, the Catalan dot. */
const BETWEEN_LETTERS = new Set([0x2019, 0x2018, 0x02bc, 0x00b7, 0x2010, 0x2011, 0x00ad]);

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]/u;
const UNASSIGNED_OR_PRIVATE = /[\p{Cn}\p{Co}\p{Cs}]/u;
/** Symbols (box drawing, arrows, math) that prose hardly ever uses; currency is not among them. */
const RARE_SYMBOL = /[\p{So}\p{Sm}\p{Sk}]/u;
const COMMON_SYMBOLS = new Set([
  0xa9, 0xae, 0xb0, 0xb1, 0xd7, 0xf7, 0x2122, 0x2248, 0x2264, 0x2265,
]);

/**
 * How much a decoding looks like mojibake. `odd` is the share, against letters, of characters
 * that real text does not contain: control characters other than tab and line ends, U+FFFD,
 * unassigned and private-use code points, rare symbols (box drawing, arrows), non-ASCII
 * punctuation or symbols wedged between letters ("Ã©t"), and non-ASCII letters in words that mix scripts ("Kαlimera"). `fit` is the
 * share of non-ASCII letters written in `script` (1 without a script). Linear in the text.
 */
export function unlikelyShare(
  text: string,
  script: RegExp | undefined,
): { odd: number; fit: number } {
  let letters = 0;
  let odd = 0;
  let nonAsciiLetters = 0;
  let inScript = 0;
  let wordScripts = 0;
  let wordNonAscii = 0;
  let previousWasLetter = false;
  let pendingSymbol = false;

  const endWord = () => {
    if (wordScripts !== 0 && (wordScripts & (wordScripts - 1)) !== 0) odd += wordNonAscii;
    wordScripts = 0;
    wordNonAscii = 0;
  };

  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const isLetter =
      code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : LETTER.test(character);
    if (isLetter) {
      letters++;
      wordScripts |= scriptBit(code);
      if (code >= 0x80) {
        wordNonAscii++;
        nonAsciiLetters++;
        if (!script || script.test(character)) inScript++;
      }
      if (pendingSymbol) odd++;
      pendingSymbol = false;
      previousWasLetter = true;
      continue;
    }
    if (code >= 0x80 && MARK.test(character)) continue;
    endWord();
    pendingSymbol =
      previousWasLetter &&
      code >= 0x80 &&
      !BETWEEN_LETTERS.has(code) &&
      !isCjkPunctuation(code) &&
      PUNCTUATION_OR_SYMBOL.test(character);
    previousWasLetter = false;
    if (isControl(code) || code === 0xfffd) odd++;
    else if (code >= 0x80 && UNASSIGNED_OR_PRIVATE.test(character)) odd++;
    else if (code >= 0x80 && !COMMON_SYMBOLS.has(code) && RARE_SYMBOL.test(character)) odd++;
  }
  endWord();
  return {
    odd: odd / Math.max(1, letters + odd),
    fit: nonAsciiLetters === 0 ? 1 : inScript / nonAsciiLetters,
  };
}

/** CJK text puts its commas and full stops (、。「」，) right between letters. */
function isCjkPunctuation(code: number): boolean {
  return (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);
}

function isControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** One bit per script family; Han, kana and Hangul share one, as they mix in real words. */
function scriptBit(code: number): number {
  if (code < 0x250 || (code >= 0x1e00 && code <= 0x1eff)) return 1; // Latin
  if ((code >= 0x370 && code <= 0x3ff) || (code >= 0x1f00 && code <= 0x1fff)) return 2; // Greek
  if (code >= 0x400 && code <= 0x52f) return 4; // Cyrillic
  if (code >= 0x590 && code <= 0x5ff) return 8; // Hebrew
  if ((code >= 0x600 && code <= 0x77f) || (code >= 0xfb50 && code <= 0xfeff)) return 16; // Arabic
  if (code >= 0xe00 && code <= 0xe7f) return 32; // Thai
  if (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3130 && code <= 0x318f) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xff9f) ||
    code >= 0x20000
  ) {
    return 64; // Han, kana, Hangul
  }
  return 128;
}
