import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../../../src-main/core/training/normaliseUrl';

describe('normaliseUrl', () => {
  it.each([
    ['lowercases the host and drops www.', 'https://WWW.Stats.GOV/Report', 'stats.gov/Report'],
    ['ignores the scheme', 'http://stats.gov/report', 'stats.gov/report'],
    ['drops the fragment', 'https://stats.gov/report#table-2', 'stats.gov/report'],
    ['ignores a trailing slash', 'https://stats.gov/report/', 'stats.gov/report'],
    ['reduces a bare host to the host', 'https://www.stats.gov/', 'stats.gov'],
    [
      'drops utm_* and click ids',
      'https://stats.gov/report?utm_source=x&UTM_Medium=y&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=tw',
      'stats.gov/report',
    ],
    [
      'keeps other parameters, sorted by name',
      'https://example.org/watch?v=abc&utm_campaign=z&list=9',
      'example.org/watch?list=9&v=abc',
    ],
    ['drops the default port', 'https://stats.gov:443/report', 'stats.gov/report'],
    ['keeps a non-default port', 'http://localhost:8080/x', 'localhost:8080/x'],
    ['assumes https for a bare address', 'www.stats.gov/report?utm_source=x', 'stats.gov/report'],
    ['handles host:port without a scheme', 'example.org:8080/x/', 'example.org:8080/x'],
    ['trims surrounding whitespace', '  https://stats.gov/report \n', 'stats.gov/report'],
    ['keeps the path case-sensitive', 'https://stats.gov/Report', 'stats.gov/Report'],
    ['falls back to lowercase text for a non-web identifier', 'DOI:10.1000/XYZ', 'doi:10.1000/xyz'],
  ])('%s', (_, url, expected) => {
    expect(normaliseUrl(url)).toBe(expected);
  });

  it('treats http and https, www and tracking variants of one page as the same', () => {
    const variants = [
      'https://www.police.gov/stats/2024',
      'http://police.gov/stats/2024/?utm_source=newsletter#top',
      'police.gov/stats/2024',
      'HTTPS://POLICE.GOV/stats/2024?fbclid=abc',
    ];
    expect(new Set(variants.map(normaliseUrl)).size).toBe(1);
  });

  it('keeps pages apart that differ in path or a meaningful parameter', () => {
    expect(normaliseUrl('https://stats.gov/a')).not.toBe(normaliseUrl('https://stats.gov/b'));
    expect(normaliseUrl('https://x.org/p?id=1')).not.toBe(normaliseUrl('https://x.org/p?id=2'));
  });

  it('is idempotent on web URLs', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = normaliseUrl(url);
        expect(normaliseUrl(once)).toBe(once);
      }),
    );
  });
});
