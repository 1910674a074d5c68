import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exactMatches,
  findQuote,
  fuzzyMatches,
  sameWords,
  toMatchable,
  withQuoteIndex,
} from '../../../../src-main/core/anchoring';
import { charactersCutBy } from '../../../../src-main/core/text/wholeCharacters';
import { codePointBoundaries, pick, splitsPair, textArb } from './textArbitraries';

/** Where `quote` is found in `text`, as the stored text's own slices. */
const found = (text: string, quote: string) =>
  findQuote(text, quote).matches.map(({ start, end }) => text.slice(start, end));

describe('findQuote: one normalised matcher with offsets into the stored text', () => {
  it('takes any run of white space for any other, no-break and Unicode spaces included', () => {
    const text = 'The port said dredging would cost 12 million euros, officials said.';
    expect(found(text, 'would cost\n\t\t\t\t12 million euros')).toEqual([
      'would cost 12 million euros',
    ]);
    expect(found(text, 'cost\u00a012\u202fmillion\u2003euros')).toEqual(['cost 12 million euros']);
    expect(found('closer to\u00a040\u00a0million', 'closer to 40 million')).toEqual([
      'closer to\u00a040\u00a0million',
    ]);
    expect(found('a\u3000b\u2028c\u2029d\u1680e', 'a b c d e')).toHaveLength(1);
  });

  it('takes CRLF, lone CR and LF as the same line end, and hands back offsets into the stored text', () => {
    const lf = 'Q: And wages?\nA: Flat.\n';
    const [match] = findQuote(lf, 'wages?\r\nA: Flat.').matches;
    expect(match && lf.slice(match.start, match.end)).toBe('wages?\nA: Flat.');
    const crlf = 'Rents went up\r\nby 40 percent\r\nin two years.';
    const [multi] = findQuote(crlf, 'went up\nby 40 percent\rin two').matches;
    expect(multi && crlf.slice(multi.start, multi.end)).toBe('went up\r\nby 40 percent\r\nin two');
  });

  it('takes NFC and NFD spellings of the same words as equal', () => {
    const nfc = 'Le ministre a déclaré que la sécurité était assurée.';
    const nfd = nfc.normalize('NFD');
    expect(found(nfd, 'a déclaré que la sécurité')).toEqual([
      'a déclaré que la sécurité'.normalize('NFD'),
    ]);
    expect(found(nfc, 'a déclaré que la sécurité'.normalize('NFD'))).toEqual([
      'a déclaré que la sécurité',
    ]);
    // Hangul syllables and their jamo are canonically equivalent too.
    expect(found('정부는 발표했다', '정부는'.normalize('NFD'))).toEqual(['정부는']);
  });

  it('never matches part of a character: a base letter without its accent, an emoji without its skin tone', () => {
    expect(found('café', 'cafe')).toEqual([]);
    expect(found('cafe\u0301 noir', 'cafe')).toEqual([]);
    expect(found('cafe\u0301 noir', 'café noir')).toEqual(['cafe\u0301 noir']);
    expect(found('x👍🏽y', '👍')).toEqual([]);
    expect(findQuote('x👍🏽y', '👍🏽').matches[0]).toEqual({ start: 1, end: 5, errors: 0 });
  });

  it('ignores soft hyphens and zero-width characters on either side', () => {
    expect(found('the infra\u00adstructure bill', 'infrastructure bill')).toEqual([
      'infra\u00adstructure bill',
    ]);
    expect(found('zero\u200bwidth and\u2060joined\ufeff', 'zerowidth andjoined')).toEqual([
      'zero\u200bwidth and\u2060joined',
    ]);
    expect(found('plain words', 'pla\u00adin wo\u200drds')).toEqual(['plain words']);
  });

  it('takes straight and curly quotation marks and apostrophes as equal', () => {
    const text = 'He said “we won’t raise taxes” on Monday.';
    expect(found(text, 'said "we won\'t raise taxes"')).toEqual(['said “we won’t raise taxes”']);
    expect(found('the minister\'s "plan"', 'the minister’s „plan“')).toEqual([
      'the minister\'s "plan"',
    ]);
  });

  it('ignores white space at a quote’s ends, keeping it where the text has it', () => {
    expect(found('Budget cut.', '\nBudget cut.\n')).toEqual(['Budget cut.']);
    expect(found('said  the minister', 'the ')).toEqual(['the ']);
    expect(found('said the minister', ' the')).toEqual([' the']);
  });

  it('finds every occurrence, overlapping ones too, and nothing for an empty quote', () => {
    expect(findQuote('aaaa', 'aa').matches.map((m) => m.start)).toEqual([0, 1, 2]);
    expect(findQuote('text', '   ').matches).toEqual([]);
  });

  it('searches only the stated window of the stored text', () => {
    const text = 'one two one two one';
    const matchable = toMatchable(text);
    expect(exactMatches(matchable, 'one', 4, text.length).map((m) => m.start)).toEqual([8, 16]);
    expect(exactMatches(matchable, 'one', 4, 11).map((m) => m.start)).toEqual([8]);
  });

  it('finds approximate matches on whole characters, in the stored text’s offsets', () => {
    const text = 'Unemployment fell to 5\u00a0percent in May, the ministry said.';
    const [best] = fuzzyMatches(toMatchable(text), 'Unemployment fell to 6 percent', 3);
    expect(best && text.slice(best.start, best.end)).toBe('Unemployment fell to 5\u00a0percent');
    expect(best?.errors).toBe(1);
  });

  it('calls quotes the same words exactly when they match', () => {
    expect(sameWords('won’t\r\nstop', "won't stop")).toBe(true);
    expect(sameWords('café', 'cafe\u0301')).toBe(true);
    expect(sameWords('cafe', 'café')).toBe(false);
  });
});

/** Spellings a quote takes in other tools: line ends, spaces, canonical forms, marks, quotes. */
const noiseArb = fc.constantFrom(
  (quote: string) => quote.replace(/ /g, '\u00a0'),
  (quote: string) => quote.replace(/ /g, '\n\t'),
  (quote: string) => quote.replace(/\r?\n/g, '\r\n'),
  (quote: string) => quote.normalize('NFD'),
  (quote: string) => quote.normalize('NFC'),
  (quote: string) => quote.replace(/'/g, '’').replace(/"/g, '“'),
  (quote: string) => [...quote].join('\u200b'),
);

describe('findQuote on random texts', () => {
  it('finds a quote however it is spelled, at offsets that select exactly the stored words', () => {
    fc.assert(
      fc.property(textArb(40), fc.nat(), fc.nat(), noiseArb, (text, a, b, noise) => {
        const boundaries = codePointBoundaries(text);
        const [from, to] = [pick(boundaries, a), pick(boundaries, b)].sort((x, y) => x - y);
        if (from === undefined || to === undefined) return;
        const quote = text.slice(from, to);
        if (quote.trim() === '') return;
        for (const match of findQuote(text, noise(quote)).matches) {
          expect(splitsPair(text, match.start) || splitsPair(text, match.end)).toBe(false);
          expect(sameWords(text.slice(match.start, match.end), quote)).toBe(true);
        }
        // The quote's own place is found unless its edges cut through a run of white space or
        // a character (a letter and its marks, an emoji sequence), where the stored words
        // themselves are not whole.
        const cleanEdges = !/^\s|\s$/.test(quote);
        if (cleanEdges && charactersCutBy(text, from, to).length === 0) {
          const starts = findQuote(text, noise(quote)).matches.map((match) => match.start);
          expect(starts).toContain(from);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same places with a quote index as without', () => {
    fc.assert(
      fc.property(textArb(80), fc.nat(), fc.nat({ max: 24 }), (text, a, length) => {
        const matchable = toMatchable(text);
        const indexed = withQuoteIndex(matchable);
        const boundaries = codePointBoundaries(text);
        const from = pick(boundaries, a);
        const quote = text.slice(from, from + length);
        expect(exactMatches(indexed, quote)).toEqual(exactMatches(matchable, quote));
      }),
      { numRuns: 300 },
    );
  });
});

describe('findQuote and whole characters', () => {
  it('never offers a place that ends inside a character, and says where the quote was seen', () => {
    const cases: { text: string; quote: string; whole: boolean; inside: number }[] = [
      // A letter with a combining accent reads as another letter: not even seen there.
      { text: 'Zoe\u0308 said it; Zoe denied it.', quote: 'Zoe', whole: true, inside: 0 },
      // One person of a family, a skin tone's emoji without it, half a flag.
      { text: 'the 👨‍👩‍👧 family and 👨 alone', quote: '👨', whole: true, inside: 1 },
      { text: 'waved 👍🏽 and 👍', quote: '👍', whole: true, inside: 1 },
      { text: 'flag 🇫🇷 then 🇷🇺', quote: '🇷', whole: false, inside: 2 },
      // A Hangul syllable spelt in jamo: the first jamo alone is not the syllable.
      { text: '\u1112\u1161\u11ab 한', quote: '\u1112\u1161', whole: false, inside: 1 },
    ];
    for (const { text, quote, whole, inside } of cases) {
      const search = findQuote(text, quote);
      // Only the last occurrence, where it stands alone, is the quote’s own.
      expect(
        search.matches.map((m) => m.start),
        text,
      ).toEqual(whole ? [text.lastIndexOf(quote)] : []);
      expect(search.insideCharacters, text).toHaveLength(inside);
      for (const { match } of search.insideCharacters) {
        expect(charactersCutBy(text, match.start, match.end).length).toBeGreaterThan(0);
      }
    }
  });
});

describe('findQuote with a malformed quote', () => {
  it('never splits a surrogate pair, even for a quote that starts or ends with half of one', () => {
    const text = 'Mood 😀 today, and 😀 tomorrow';
    const halves = ['\ude00 today', 'Mood \ud83d'];
    for (const quote of halves) {
      for (const match of findQuote(text, quote).matches) {
        expect(splitsPair(text, match.start) || splitsPair(text, match.end)).toBe(false);
      }
    }
  });
});
