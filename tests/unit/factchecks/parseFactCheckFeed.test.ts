import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactCheckFeedError } from '../../../src-main/core/factchecks/FactCheckFeedError';
import { limits } from '../../../src-main/core/limits';
import { parseFactCheckFeed } from '../../../src-main/core/factchecks/parseFactCheckFeed';
import { fixturesDir } from '../../helpers/tempWorkbench';

const feed = (name: string) => readFileSync(join(fixturesDir, 'factchecks', name));
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function refusal(run: () => unknown): FactCheckFeedError {
  try {
    run();
  } catch (error) {
    if (error instanceof FactCheckFeedError) return error;
    throw error;
  }
  throw new Error('was not refused');
}

describe('parseFactCheckFeed', () => {
  it('reads a single ClaimReview object with claimant, dates, reviewer, rating and language', () => {
    const parsed = parseFactCheckFeed(feed('claimreview-single.json'));
    expect(parsed.formats).toEqual(['ClaimReview']);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.items).toEqual([
      {
        index: 0,
        fields: {
          reviewUrl: 'https://checks.example.org/2025/10/boat-strikes-110',
          claimText:
            'US strikes on boats in the Caribbean have killed at least 110 people this year.',
          claimant: 'Pete Hegseth',
          claimDate: '2025-10-14',
          reviewer: 'Checks Example',
          reviewerUrl: 'https://checks.example.org',
          textualRating: 'Half true',
          title: 'Have boat strikes killed 110 people?',
          language: 'en',
          reviewDate: '2025-10-16',
        },
      },
    ]);
  });

  it('finds ClaimReviews in an @graph among other nodes, and skips one without a rating', () => {
    const parsed = parseFactCheckFeed(feed('claimreview-graph.jsonld'));
    expect(parsed.items.map((item) => item.fields)).toEqual([
      expect.objectContaining({
        reviewUrl: 'https://verifica.example.es/2025/03/inflacion-12',
        claimant: 'Ana Martínez',
        claimDate: '2025-03-02',
        textualRating: 'Falso',
        language: 'es',
        reviewDate: '2025-03-05T09:30:00+01:00',
      }),
    ]);
    expect(parsed.skipped).toEqual([{ index: 1, reason: 'no rating (reviewRating)' }]);
  });

  it('reads a DataFeed item by item, naming each malformed one by its index', () => {
    const parsed = parseFactCheckFeed(feed('datafeed.json'));
    expect(parsed.formats).toEqual(['DataFeed']);
    expect(parsed.items.map((item) => [item.index, item.fields.textualRating])).toEqual([
      [0, 'Mostly false'],
      [3, '4 (1 to 5)'],
    ]);
    expect(parsed.skipped).toEqual([
      { index: 1, reason: 'no review URL (url)' },
      { index: 2, reason: 'no rating (reviewRating)' },
      { index: 4, reason: 'of type Article, not ClaimReview' },
    ]);
  });

  it('reads the Fact Check Tools API: one fact check per review, the claim from its parent', () => {
    const parsed = parseFactCheckFeed(feed('factcheck-tools-api.json'));
    expect(parsed.formats).toEqual(['Fact Check Tools API']);
    expect(parsed.items.map((item) => item.fields)).toEqual([
      expect.objectContaining({
        claimText: "Venezuela's government controls the Tren de Aragua gang.",
        claimant: 'White House',
        claimDate: '2025-09-12T00:00:00Z',
        reviewer: 'Checks Example',
        reviewerUrl: 'https://checks.example.org',
        textualRating: 'Unsupported',
        language: 'en',
      }),
      expect.objectContaining({ reviewer: 'Verifica', textualRating: 'Engañoso', language: 'es' }),
    ]);
    expect(parsed.skipped).toEqual([{ index: 2, reason: 'no rating (textualRating)' }]);
  });

  it('reads the JSON-LD blocks of a saved review page', () => {
    const parsed = parseFactCheckFeed(feed('page-with-claimreview.html'));
    expect(parsed.items.map((item) => item.fields.reviewUrl)).toEqual([
      'https://islandnews.example/checks/ferries',
    ]);
  });

  it('takes a list of reviews, and refuses a review URL that is not a web address', () => {
    const review = (url: unknown) => ({
      '@type': 'ClaimReview',
      url,
      claimReviewed: 'x',
      reviewRating: { alternateName: 'False' },
    });
    const parsed = parseFactCheckFeed(
      bytes([review('https://a.example/1'), review('javascript:alert(1)'), review(42)]),
    );
    expect(parsed.items.map((item) => item.index)).toEqual([0]);
    expect(parsed.skipped).toEqual([
      { index: 1, reason: 'review URL (url) is not a web address' },
      { index: 2, reason: 'review URL (url) is not a web address' },
    ]);
  });

  it('refuses files that are not feeds, in plain words', () => {
    expect(refusal(() => parseFactCheckFeed(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).code).toBe(
      'not_text',
    );
    expect(refusal(() => parseFactCheckFeed(bytes(''))).code).toBe('no_reviews');
    expect(refusal(() => parseFactCheckFeed(new TextEncoder().encode('{"claims": ['))).code).toBe(
      'not_json',
    );
    expect(refusal(() => parseFactCheckFeed(bytes({ '@type': 'WebPage' }))).code).toBe(
      'no_reviews',
    );
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(['not_json', 'too_deep']).toContain(
      refusal(() => parseFactCheckFeed(new TextEncoder().encode(deep))).code,
    );
    // A review buried deeper than the limit is not ignored quietly: the file is refused.
    let buried: unknown = { url: 'https://a.example/x', claimReviewed: 'x', reviewRating: 'F' };
    for (let i = 0; i < limits.factCheckFeedDepth + 1; i += 1) buried = { page: buried };
    expect(refusal(() => parseFactCheckFeed(bytes(buried))).code).toBe('too_deep');
  });

  it('refuses more than 200,000 review items whole, and a file over 50 MB before reading it', () => {
    const item = { url: 'https://a.example/x', claimReviewed: 'x', reviewRating: { name: 'F' } };
    const many = bytes({
      dataFeedElement: [{ item: Array(limits.factCheckItems + 1).fill(item) }],
    });
    expect(refusal(() => parseFactCheckFeed(many)).code).toBe('too_many_items');
    expect(refusal(() => parseFactCheckFeed(new Uint8Array(50_000_001))).code).toBe('too_large');
  });

  it('stops at the deadline', () => {
    const item = { url: 'https://a.example/x', claimReviewed: 'x', reviewRating: { name: 'F' } };
    const big = bytes([{ '@graph': Array(50_000).fill({ other: [item, item] }) }]);
    expect(refusal(() => parseFactCheckFeed(big, { deadline: Date.now() - 1 })).code).toBe(
      'too_slow',
    );
  });
});
