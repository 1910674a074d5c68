import { describe, expect, it } from 'vitest';
import { tokenJaccard } from '../../../../src-main/core/training/tokenJaccard';
import { wordTokens } from '../../../../src-main/core/training/wordTokens';

describe('wordTokens', () => {
  it('lowercases and splits on anything that is not a letter, mark or digit', () => {
    expect(wordTokens('Crime FELL 20% (in 2024)!')).toEqual(['crime', 'fell', '20', 'in', '2024']);
  });

  it('keeps words in other scripts and with combining accents whole', () => {
    expect(wordTokens('Преступность упала')).toEqual(['преступность', 'упала']);
    // "café" spelled with e + U+0301 COMBINING ACUTE ACCENT stays one token.
    expect(wordTokens('cafe\u0301 noir')).toEqual(['cafe\u0301', 'noir']);
    expect(wordTokens('बेरोज़गारी घटी')).toHaveLength(2);
  });

  it('finds no tokens in punctuation and whitespace', () => {
    expect(wordTokens(' — … ')).toEqual([]);
  });
});

describe('tokenJaccard', () => {
  it('divides shared tokens by all distinct tokens', () => {
    // A = {unemployment, is, at, a, record, low}, B = {unemployment, is, at, a, record}.
    // |A ∩ B| = 5, |A ∪ B| = 6, J = 5/6.
    expect(tokenJaccard('Unemployment is at a record low', 'unemployment is at a record')).toBe(
      5 / 6,
    );
  });

  it('counts repeated words once', () => {
    // A = {the, cat}, B = {the, dog}: ∩ = {the}, ∪ = {the, cat, dog}, J = 1/3.
    expect(tokenJaccard('the the cat', 'the dog')).toBe(1 / 3);
  });

  it('scores texts without words as 0, not as a perfect match', () => {
    expect(tokenJaccard('', '...')).toBe(0);
  });
});
