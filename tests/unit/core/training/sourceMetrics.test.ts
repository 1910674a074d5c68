import { describe, expect, it } from 'vitest';
import { bestTier } from '../../../../src-main/core/training/bestTier';
import { citedTiers } from '../../../../src-main/core/training/citedTiers';
import { disallowedCited } from '../../../../src-main/core/training/disallowedCited';
import { sourceCoverage } from '../../../../src-main/core/training/sourceCoverage';

const keySources = [
  { url: 'https://www.police.gov/stats/2024', tier: 3 },
  { url: 'https://news.example.com/crime', tier: 2 },
  { url: 'https://blog.example.net/hot-take', tier: 0 },
];

describe('citedTiers', () => {
  it('looks up each cited source on the key by normalised URL', () => {
    const cited = [
      { url: 'http://police.gov/stats/2024/?utm_source=x' },
      { url: 'https://blog.example.net/hot-take#comments' },
      { url: 'https://en.wikipedia.org/wiki/Crime' }, // not on the key: no tier
    ];
    expect(citedTiers(keySources, cited)).toEqual([3, 0]);
  });

  it('counts a source cited twice on one claim once', () => {
    const cited = [
      { url: 'https://blog.example.net/hot-take' },
      { url: 'http://www.blog.example.net/hot-take/' },
    ];
    expect(citedTiers(keySources, cited)).toEqual([0]);
  });

  it('takes the higher tier when the key lists a URL twice', () => {
    const doubled = [
      { url: 'https://stats.gov/a', tier: 1 },
      { url: 'http://stats.gov/a/', tier: 3 },
    ];
    expect(citedTiers(doubled, [{ url: 'stats.gov/a' }])).toEqual([3]);
  });
});

describe('bestTier', () => {
  it('is the highest tier cited, or null when no cited source is on the key', () => {
    expect(bestTier([0, 3, 2])).toBe(3);
    expect(bestTier([0])).toBe(0);
    expect(bestTier([])).toBeNull();
  });
});

describe('sourceCoverage', () => {
  it('is the share of matched claims whose best tier is 1 or more', () => {
    // Best tiers 3, 1, 0, none: acceptable are 3 and 1 → 2 of 4 = 0.5.
    expect(sourceCoverage([3, 1, 0, null])).toBe(0.5);
  });

  it('is null when no claim was matched', () => {
    expect(sourceCoverage([])).toBeNull();
  });
});

describe('disallowedCited', () => {
  it('counts tier-0 citations across claims', () => {
    // Claim 1 cites tiers 3 and 0, claim 2 cites 0, claim 3 cites nothing on the key: 2.
    expect(disallowedCited([[3, 0], [0], []])).toBe(2);
  });
});
