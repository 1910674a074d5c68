import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src-main/core/report/buildReport';
import { renderClaimReview } from '../../../../src-main/core/report/renderClaimReview';
import { HTML_PAYLOAD, hostileInput } from './hostileFixture';
import { sampleInput } from './reportFixture';

type Json = Record<string, unknown> & { [key: string]: Json & unknown };

function reviews(input = sampleInput()): Json[] {
  return JSON.parse(renderClaimReview(buildReport(input))) as Json[];
}

describe('renderClaimReview', () => {
  const all = reviews();
  const byQuote = (quote: string) =>
    all.find((review) => (review.claimReviewed as unknown) === quote);

  it('has one ClaimReview per rated claim, in claim order, pretty-printed', () => {
    expect(all.map((review) => review.claimReviewed)).toEqual([
      'accused its leader, without evidence, of running the drug trade himself',
      'without evidence',
      'struck at least 14 boats in the Caribbean and the eastern Pacific',
      'The strikes have killed at least 110 people',
      'one of the dead was a Colombian fisherman',
    ]);
    expect(renderClaimReview(buildReport(sampleInput()))).toContain('\n  {\n    "@context"');
  });

  it('fills every field of a numeric rating', () => {
    expect(byQuote('The strikes have killed at least 110 people')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factdesk.example/#factdesk-claim-7-14',
      claimReviewed: 'The strikes have killed at least 110 people',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'US Department of Defense' },
        datePublished: '2025-10-20',
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://defense.example/briefings/maritime-strikes',
        },
      },
      author: {
        '@type': 'Organization',
        name: 'Factdesk Verification Unit',
        url: 'https://factdesk.example/',
      },
      datePublished: '2025-10-22',
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 4,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'Mostly true',
      },
    });
  });

  it('names a person as Person and falls back to the article URL for the appearance', () => {
    const first = byQuote(
      'accused its leader, without evidence, of running the drug trade himself',
    );
    expect(first?.itemReviewed?.author).toEqual({ '@type': 'Person', name: 'Donald Trump' });
    const third = byQuote('struck at least 14 boats in the Caribbean and the eastern Pacific');
    expect(third?.itemReviewed?.author).toEqual({ '@type': 'Organization', name: 'SOUTHCOM' });
    expect(third?.itemReviewed?.appearance).toEqual({
      '@type': 'CreativeWork',
      url: 'https://ledger.example/world/boat-strikes',
    });
  });

  it('gives a rating without a value only its label', () => {
    expect(byQuote('one of the dead was a Colombian fisherman')?.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Unproven',
    });
  });

  it('leaves out what is unknown instead of writing empty values', () => {
    const second = byQuote('without evidence');
    expect(second?.itemReviewed).not.toHaveProperty('datePublished');
    const input = sampleInput();
    input.organisation = { name: 'Desk', url: '' };
    const withoutOrgUrl = reviews(input)[0];
    expect(withoutOrgUrl?.url).toBe('https://ledger.example/world/boat-strikes');
    expect(withoutOrgUrl?.author).toEqual({ '@type': 'Organization', name: 'Desk' });
  });

  it('is safe to embed in a script block: no raw <, >, & or line separators', () => {
    const json = renderClaimReview(buildReport(hostileInput()));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    const [review] = JSON.parse(json) as Json[];
    expect(review?.claimReviewed).toContain(HTML_PAYLOAD);
    expect(review?.itemReviewed?.author).toMatchObject({ name: HTML_PAYLOAD });
    // Only web URLs are passed on; javascript: and friends are dropped.
    expect(json).not.toMatch(/"url": "(?!https?:)/);
    expect(review?.itemReviewed).not.toHaveProperty('appearance');
  });
});
