import { describe, expect, it } from 'vitest';
import {
  boundaryRequirement,
  respectsBoundaries,
} from '../../../../src-main/core/anchoring/wordBoundaries';
import {
  contextSimilarity,
  textSimilarity,
} from '../../../../src-main/core/anchoring/textSimilarity';

describe('boundaryRequirement', () => {
  it('requires word boundaries where the claim had them', () => {
    expect(boundaryRequirement({ exact: 'men', prefix: 'the ', suffix: ' who' })).toEqual({
      start: true,
      end: true,
    });
    expect(boundaryRequirement({ exact: 'men', prefix: 'govern', suffix: 't' })).toEqual({
      start: false,
      end: false,
    });
    expect(boundaryRequirement({ exact: ' men.', prefix: 'the', suffix: 'x' })).toEqual({
      start: false,
      end: false,
    });
  });

  it('treats the edges of the text as boundaries', () => {
    expect(boundaryRequirement({ exact: 'Prices', prefix: '', suffix: '' })).toEqual({
      start: true,
      end: true,
    });
  });

  it('counts letters outside the BMP and combining marks as word characters', () => {
    expect(boundaryRequirement({ exact: '𝒳', prefix: '𝒳', suffix: '' }).start).toBe(false);
    expect(respectsBoundaries('cafe\u0301', 0, 4, { start: true, end: true })).toBe(false);
    expect(respectsBoundaries('𝒳men', 2, 5, { start: true, end: true })).toBe(false);
    expect(respectsBoundaries('😀men', 2, 5, { start: true, end: true })).toBe(true);
  });
});

describe('textSimilarity', () => {
  it('is 1 for equal strings and falls with edits', () => {
    expect(textSimilarity('', '')).toBe(1);
    expect(textSimilarity('abcd', 'abcd')).toBe(1);
    expect(textSimilarity('abcd', 'abxd')).toBe(0.75);
    expect(textSimilarity('abcd', '')).toBe(0);
  });
});

describe('contextSimilarity', () => {
  it('compares prefixes at their end and suffixes at their start', () => {
    expect(contextSimilarity('xxxx the ', 'the ', 'prefix')).toBeGreaterThan(
      contextSimilarity('the xxxx', 'the ', 'prefix'),
    );
    expect(contextSimilarity(' who ran', ' who', 'suffix')).toBeGreaterThan(
      contextSimilarity('ran who ', ' who', 'suffix'),
    );
  });

  it('gives a missing stretch of context only partial credit', () => {
    expect(contextSimilarity('', '', 'prefix')).toBe(1);
    const truncated = contextSimilarity('a long prefix', 'prefix', 'prefix');
    expect(truncated).toBeGreaterThan(0.25);
    expect(truncated).toBeLessThan(1);
  });
});
