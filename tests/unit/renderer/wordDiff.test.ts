import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../src-renderer/src/review/wordDiff';

describe('wordDiff', () => {
  it('strikes and adds whole words, so a changed number never reads as one longer number', () => {
    expect(wordDiff('at least 110 people died', 'at least 115 people died')).toEqual([
      { kind: 'same', text: 'at least ' },
      { kind: 'removed', text: '110' },
      { kind: 'added', text: '115' },
      { kind: 'same', text: ' people died' },
    ]);
  });

  it('keeps every character of both texts, accents and emoji included', () => {
    const before = 'Petro dijo: «la inflación bajó» 😀 ayer';
    const after = 'Petro dijo: «la inflación subió» ayer';
    const parts = wordDiff(before, after);
    const side = (kind: 'removed' | 'added') =>
      parts
        .filter((part) => part.kind !== kind)
        .map((part) => part.text)
        .join('');
    expect(side('added')).toBe(before);
    expect(side('removed')).toBe(after);
  });
});
