import { describe, expect, it } from 'vitest';
import {
  characterAround,
  charactersCutBy,
  describeCharacterCut,
  toWholeCharacters,
} from '../../../../src-main/core/text/wholeCharacters';
import { clusterCases } from '../../../fixtures/graphemes/clusterCases';

describe('characterAround', () => {
  it('finds the character an offset falls inside, for every kind of multi-part character', () => {
    for (const { name, text, character, at } of clusterCases) {
      const start = text.indexOf(character);
      for (let offset = start + 1; offset < start + character.length; offset++) {
        expect(characterAround(text, offset), `${name} at ${offset}`).toEqual({
          start,
          end: start + character.length,
          text: character,
        });
      }
      expect(characterAround(text, start), name).toBeNull();
      expect(characterAround(text, start + character.length), name).toBeNull();
      expect(at).toBeGreaterThan(start);
    }
  });

  it('is null between characters, at the ends of the text and outside it', () => {
    expect(characterAround('plain words', 5)).toBeNull();
    expect(characterAround('e\u0308', 0)).toBeNull();
    expect(characterAround('e\u0308', 2)).toBeNull();
    expect(characterAround('e\u0308', -1)).toBeNull();
    expect(characterAround('e\u0308', 9)).toBeNull();
  });

  it('reads a character whole however far its parts run, and pairs flags from the line start', () => {
    const stacked = `x ${'a'}${'\u0301'.repeat(200)} y`;
    expect(characterAround(stacked, 150)).toMatchObject({ start: 2, end: 203 });
    // Regional indicators pair from the start of their run: the fourth flag starts at 14.
    const flags = `\n${'🇫🇷🇩🇪🇮🇹🇪🇸'}`;
    expect(characterAround(flags, 15)).toMatchObject({ start: 13, end: 17 });
    expect(characterAround(flags, 13)).toBeNull();
  });
});

describe('charactersCutBy and toWholeCharacters', () => {
  it('names the cut at each end and widens the span outward to whole characters', () => {
    const text = 'Zoe\u0308 and 🇫🇷 win';
    expect(charactersCutBy(text, 0, 3)).toEqual([
      { edge: 'end', offset: 3, character: { start: 2, end: 4, text: 'e\u0308' } },
    ]);
    expect(charactersCutBy(text, 3, 4).map((c) => c.edge)).toEqual(['start']);
    expect(charactersCutBy(text, 3, 11).map((c) => c.edge)).toEqual(['start', 'end']);
    expect(charactersCutBy(text, 0, 4)).toEqual([]);
    expect(toWholeCharacters(text, 0, 3)).toEqual({ start: 0, end: 4 });
    expect(toWholeCharacters(text, 3, 4)).toEqual({ start: 2, end: 4 });
    expect(toWholeCharacters(text, 3, 11)).toEqual({ start: 2, end: 13 });
    expect(toWholeCharacters(text, 5, 8)).toEqual({ start: 5, end: 8 });
  });

  it('says in plain words which character is cut and what the claim would read', () => {
    const text = 'Zoe\u0308 won';
    const [cut] = charactersCutBy(text, 0, 3);
    expect(cut && describeCharacterCut(text, { start: 0, end: 3 }, cut)).toBe(
      'The claim ends inside the character “e\u0308” (U+0065 U+0308), which is one letter or symbol on screen: it would read “Zoe” where the text reads “Zoe\u0308”.',
    );
  });
});

describe('characterAround on long lines', () => {
  it('agrees with segmenting the whole text, for characters far from any line start', () => {
    const words = [
      'Zoe\u0308',
      '👨\u200D👩\u200D👧',
      '🇫🇷🇩🇪',
      'क्षमा',
      '\u1112\u1161\u11AB',
      'plain',
      '\u0301x',
    ];
    let text = '';
    for (let i = 0; text.length < 20_000; i++) text += `${words[i % words.length]} `;
    const whole = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const boundaries = new Set([...whole.segment(text)].map((s) => s.index));
    for (let offset = 15_000; offset < 15_400; offset++) {
      expect(characterAround(text, offset) === null, `offset ${offset}`).toBe(
        boundaries.has(offset),
      );
    }
  });
});
