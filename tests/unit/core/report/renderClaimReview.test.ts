import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../../src-main/core/model';
import { buildReport } from '../../../../src-main/core/report/buildReport';
import { buildClaimReviews } from '../../../../src-main/core/report/claimReview/buildClaimReviews';
import { checkClaimReview } from '../../../../src-main/core/report/claimReview/claimReviewRules';
import type { ReportInput } from '../../../../src-main/core/report/Report';
import {
  renderClaimReview,
  renderClaimReviewEmbed,
} from '../../../../src-main/core/report/renderClaimReview';
import { ConsumerClaimReview, recommendedMissing } from '../../../helpers/claimReviewConsumer';
import { HTML_PAYLOAD, hostileInput } from './hostileFixture';
import {
  claimOn,
  cite,
  makeArticle,
  makeSource,
  sampleInput,
  scale,
  verdict,
} from './reportFixture';

type Json = Record<string, unknown> & { [key: string]: Json & unknown };

function reviews(input = sampleInput()): Json[] {
  return JSON.parse(renderClaimReview(buildReport(input))) as Json[];
}

/**
 * Holds one export to the consumer's rules (tests/helpers/claimReviewConsumer.ts) and checks
 * that the transparency check reports exactly the fields a consumer would miss: every required
 * one as an error (and then the export is not publish-ready), every recommended one a warning.
 */
function expectConsumerAccepts(input: ReportInput): void {
  const report = buildReport(input);
  const exported = JSON.parse(renderClaimReview(report)) as unknown[];
  const reported = new Set(report.summary.findings.flatMap((finding) => finding.fields ?? []));
  const errors = report.summary.findings.filter((finding) => finding.severity === 'error');
  for (const review of exported) {
    const parsed = ConsumerClaimReview.safeParse(review);
    if (!parsed.success) {
      // Only a missing url may keep a review from a consumer, and then it is a named error.
      const url = (review as { url?: unknown }).url;
      expect(url).toBeUndefined();
      expect(reported.has('url')).toBe(true);
      expect(errors.some((finding) => finding.fields?.includes('url'))).toBe(true);
      expect(
        ConsumerClaimReview.safeParse({ ...(review as object), url: 'https://x.example/a' })
          .success,
      ).toBe(true);
      continue;
    }
    for (const field of recommendedMissing(parsed.data)) expect(reported).toContain(field);
    expect(checkClaimReview(review).filter((issue) => issue.level === 'required')).toEqual([]);
  }
}

describe('renderClaimReview', () => {
  const all = reviews();
  const byNumber = (index: number) => all[index];

  it('has one ClaimReview per publishable claim, in claim order; the others are left out with why', () => {
    expect(all.map((review) => review.claimReviewed)).toEqual([
      'Days after threatening Colombia with tariffs, the US president accused its leader, without evidence, of running the drug trade himself.',
      'Days after threatening Colombia with tariffs, the US president accused its leader, without evidence, of running the drug trade himself.',
      'US forces have struck at least 14 boats in the Caribbean and the eastern Pacific since early September.',
      'The strikes have killed at least 110 people, according to figures released by the Pentagon.',
      'Colombia\'s president called the strikes "extrajudicial killings" and said one of the dead was a Colombian fisherman with no links to any cartel.',
    ]);
    expect(buildClaimReviews(buildReport(sampleInput())).leftOut).toEqual([
      expect.objectContaining({ claimId: 15, number: 5, reason: 'no-verdict' }),
      expect.objectContaining({ claimId: 17, number: 7, reason: 'no-verdict' }),
    ]);
    expect(renderClaimReview(buildReport(sampleInput()))).toContain('\n  {\n    "@context"');
  });

  it('fills every field a consumer asks for from what the checker recorded', () => {
    expect(byNumber(3)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed:
        'The strikes have killed at least 110 people, according to figures released by the Pentagon.',
      url: 'https://factdesk.example/checks/boat-strikes',
      author: {
        '@type': 'Organization',
        name: 'Factdesk Verification Unit',
        url: 'https://factdesk.example/',
        publishingPrinciples: 'https://factdesk.example/methodology',
        correctionsPolicy: 'https://factdesk.example/corrections',
      },
      datePublished: '2025-10-23',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'US Department of Defense' },
        datePublished: '2025-10-20',
        firstAppearance: {
          '@type': 'CreativeWork',
          url: 'https://defense.example/briefings/maritime-strikes',
        },
        appearance: [
          { '@type': 'CreativeWork', url: 'https://defense.example/briefings/maritime-strikes' },
          {
            '@type': 'CreativeWork',
            url: 'https://ledger.example/world/boat-strikes',
            headline: 'US strikes on boats: what the figures say',
            publisher: { '@type': 'Organization', name: 'The Coastal Ledger' },
            datePublished: '2025-10-21',
          },
        ],
      },
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Mostly true',
        name: 'Mostly true',
        ratingValue: 4,
        bestRating: 5,
        worstRating: 1,
      },
    });
  });

  it('types the claimant as the checker said, and never guesses', () => {
    expect(byNumber(0)?.itemReviewed?.author).toEqual({ '@type': 'Person', name: 'Donald Trump' });
    expect(byNumber(1)?.itemReviewed?.author).toEqual({
      '@type': 'Organization',
      name: 'The Coastal Ledger',
    });
    const input = sampleInput();
    input.claims = input.claims.map((claim) => ({ ...claim, claimantKind: 'unknown' as const }));
    const report = buildReport(input);
    expect(reviews(input).every((review) => review.itemReviewed?.author === undefined)).toBe(true);
    expect(report.summary.findings).toContainEqual(
      expect.objectContaining({
        code: 'claimreview-recommended',
        severity: 'warning',
        fields: ['itemReviewed.author'],
      }),
    );
  });

  it('takes the first appearance from the article when the checker recorded none', () => {
    expect(byNumber(2)?.itemReviewed?.firstAppearance).toEqual({
      '@type': 'CreativeWork',
      url: 'https://ledger.example/world/boat-strikes',
      headline: 'US strikes on boats: what the figures say',
      publisher: { '@type': 'Organization', name: 'The Coastal Ledger' },
      datePublished: '2025-10-21',
    });
    expect(byNumber(2)?.itemReviewed?.appearance).toEqual(
      byNumber(2)?.itemReviewed?.firstAppearance,
    );
    // The claim date, when none was given, is the first appearance's date.
    expect(byNumber(1)?.itemReviewed?.datePublished).toBe('2025-10-21');
  });

  it('gives a rating without a value its label only, and warns that it has none', () => {
    expect(byNumber(4)?.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Unproven',
      name: 'Unproven',
    });
    const fields = buildReport(sampleInput()).summary.findings.flatMap((f) => f.fields ?? []);
    expect(fields).toEqual(
      expect.arrayContaining(['reviewRating.ratingValue', 'reviewRating.bestRating']),
    );
  });

  it('uses the checker’s “claim as reviewed” when written', () => {
    const input = sampleInput();
    input.claims = input.claims.map((claim) =>
      claim.id === 14 ? { ...claim, reviewedAs: '  The strikes killed\n110 people. ' } : claim,
    );
    expect(reviews(input)[3]?.claimReviewed).toBe('The strikes killed 110 people.');
  });

  it('leaves out claims that need review or were judged on other words', () => {
    const input = sampleInput();
    input.claims = input.claims.map((claim) => {
      if (claim.id === 11) return { ...claim, anchorState: 'changed' as const };
      if (claim.id === 12) return { ...claim, status: 'needs_review' as const };
      if (claim.id === 13) return { ...claim, textChangedSinceVerdict: true };
      return claim;
    });
    const report = buildReport(input);
    expect(buildClaimReviews(report).leftOut.map((c) => [c.claimId, c.reason])).toEqual([
      [11, 'needs-review'],
      [12, 'needs-review'],
      [13, 'verdict-on-other-text'],
      [15, 'no-verdict'],
      [17, 'no-verdict'],
    ]);
    const orphaned = sampleInput();
    orphaned.claims = orphaned.claims.map((claim) =>
      claim.id === 17 ? { ...claim, verdict: verdict('false', 'No.') } : claim,
    );
    expect(buildClaimReviews(buildReport(orphaned)).leftOut.at(-1)).toMatchObject({
      claimId: 17,
      reason: 'not-in-text',
    });
    expect(reviews(input)).toHaveLength(2);
  });

  it('says what is missing without a newsroom profile or a fact-check page, naming the fields', () => {
    const input = sampleInput();
    input.organisation = { name: '', url: '', methodologyUrl: '', correctionsUrl: '', logo: null };
    input.article = { ...input.article, factCheckUrl: '', factCheckPublishedAt: '' };
    const report = buildReport(input);
    const errors = report.summary.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.fields])).toEqual(
      expect.arrayContaining([
        ['profile-missing', ['author.name', 'author.url']],
        ['claimreview-required', ['url']],
      ]),
    );
    expect(errors.find((f) => f.code === 'claimreview-required')?.message).toContain(
      'article update 7 --factcheck-url URL',
    );
    expect(reviews(input).every((r) => r.url === undefined && r.author === undefined)).toBe(true);
    expectConsumerAccepts(input);
  });

  it('is safe to embed in a script block: no raw <, >, & or line separators', () => {
    const json = renderClaimReview(buildReport(hostileInput()));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    const [review] = JSON.parse(json) as Json[];
    expect(review?.claimReviewed).toContain('<script>');
    // Only web URLs and ISO dates are passed on; javascript: and friends are dropped.
    expect(json).not.toMatch(/"url": "(?!https?:)/);
    expect(review).not.toHaveProperty('url');
    expect(review).not.toHaveProperty('datePublished');
    expect(review?.author).toEqual({
      '@type': 'Organization',
      name: HTML_PAYLOAD,
      correctionsPolicy: 'https://ok.example/"><script>alert(1)</script>',
    });
  });

  it('embeds one script block per review, each inert', () => {
    const embed = renderClaimReviewEmbed(buildReport(sampleInput()));
    expect(embed.match(/<script type="application\/ld\+json">/g)).toHaveLength(5);
    expect(embed).toContain('<!-- Claim 4 -->');
    const hostile = renderClaimReviewEmbed(buildReport(hostileInput()));
    expect(hostile.match(/<\/script>/g)).toHaveLength(1);
  });

  it('every export passes the consumer’s rules, or names each field it misses', () => {
    expectConsumerAccepts(sampleInput());
    expectConsumerAccepts(hostileInput());
    const text = 'The mayor said crime fell by 30 percent in 2023. “It is working,” she said.';
    const words = ['crime fell', 'It is working', 'mayor said', 'she said'];
    const claimArb = fc.record({
      words: fc.constantFrom(...words),
      claimant: fc.constantFrom('', 'The mayor', 'City Hall'),
      claimantKind: fc.constantFrom('unknown', 'person', 'organization'),
      ratingKey: fc.constantFrom(null, 'true', 'false', 'unproven'),
      reviewedAs: fc.constantFrom('', 'Crime fell by 30% in 2023.'),
      appearanceUrl: fc.constantFrom('', 'https://tv.example/speech', 'not a url'),
      appearanceDate: fc.constantFrom('', '2024-01-05', 'last week'),
      claimDate: fc.constantFrom('', '2024-01-04'),
      anchorState: fc.constantFrom('attached', 'moved', 'changed', 'orphaned'),
    });
    fc.assert(
      fc.property(
        fc.array(claimArb, { maxLength: 4 }),
        fc.constantFrom('', 'https://desk.example/checks/1', 'ftp://desk.example/x'),
        fc.constantFrom('', '2024-02-11'),
        fc.constantFrom('', 'Desk'),
        fc.constantFrom('', 'https://ledger.example/a'),
        (specs, factCheckUrl, factCheckPublishedAt, organisation, articleUrl) => {
          const article = makeArticle({
            text,
            factCheckUrl,
            factCheckPublishedAt,
            url: articleUrl,
          });
          const claims: Claim[] = specs.map((spec, index) =>
            claimOn(text, spec.words, {
              id: index + 1,
              claimant: spec.claimant,
              claimantKind: spec.claimantKind as Claim['claimantKind'],
              reviewedAs: spec.reviewedAs,
              appearanceUrl: spec.appearanceUrl,
              appearanceDate: spec.appearanceDate,
              claimDate: spec.claimDate,
              anchorState: spec.anchorState as Claim['anchorState'],
              verdict: spec.ratingKey === null ? null : verdict(spec.ratingKey, 'Because.'),
              sources: [cite(makeSource())],
            }),
          );
          const input: ReportInput = {
            ...sampleInput(),
            article,
            claims,
            scale,
            organisation: {
              name: organisation,
              url: organisation ? 'https://desk.example/' : '',
              methodologyUrl: '',
              correctionsUrl: '',
              logo: null,
            },
          };
          expectConsumerAccepts(input);
        },
      ),
      { numRuns: 200 },
    );
  });
});
