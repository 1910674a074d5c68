import { describe, expect, it } from 'vitest';
import {
  directionControlsNote,
  hasDirectionControls,
  recordWithoutDirectionControls,
  withoutDirectionControls,
} from '../../../../src-main/core/text/directionControls';

const EVERY_CONTROL = [
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c,
].map((code) => String.fromCharCode(code));

describe('withoutDirectionControls', () => {
  it('removes every embedding, override, isolate and mark, and nothing else', () => {
    for (const control of EVERY_CONTROL) {
      expect(hasDirectionControls(`a${control}b`)).toBe(true);
      expect(withoutDirectionControls(`Claim: ${control}01 dead${control}`)).toBe('Claim: 01 dead');
    }
    const rightToLeft = 'وزير المالية قال إن 40% من الوظائف فُقدت';
    expect(hasDirectionControls(rightToLeft)).toBe(false);
    expect(withoutDirectionControls(rightToLeft)).toBe(rightToLeft);
    // Joiners and other invisible characters belong to words and emoji: they stay.
    expect(withoutDirectionControls('👨\u200D👩 a\u00ADb')).toBe('👨\u200D👩 a\u00ADb');
  });

  it('percent-encodes them in a web address, which keeps naming the same page', () => {
    expect(withoutDirectionControls('https://x.example/\u202Eabc', 'url')).toBe(
      'https://x.example/%E2%80%AEabc',
    );
  });
});

describe('recordWithoutDirectionControls', () => {
  it('cleans the named fields and lists, counts each changed field once, copies the rest', () => {
    const record = {
      title: '\u202Eeurt\u202C',
      tags: ['a\u200F', 'b\u2066'],
      url: 'https://x.example/\u061C',
      notes: 'kept \u202E as written',
      name: 'plain',
    };
    const { record: cleaned, changed } = recordWithoutDirectionControls(
      record,
      ['title', 'tags', 'name'],
      ['url'],
    );
    expect(cleaned).toEqual({
      title: 'eurt',
      tags: ['a', 'b'],
      url: 'https://x.example/%D8%9C',
      notes: 'kept \u202E as written',
      name: 'plain',
    });
    expect(changed).toBe(3);
    expect(record.title).toBe('\u202Eeurt\u202C');
  });

  it('tells the checker how many fields changed, in plain words, and nothing when none did', () => {
    expect(directionControlsNote(0, 'the fact checks')).toBeNull();
    expect(directionControlsNote(1, 'the fact checks')).toMatch(/^1 field of the fact checks held/);
    expect(directionControlsNote(1200, 'the fact checks')).toMatch(/^1,200 fields of/);
  });
});
