import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src-main/core/model';
import { ConsumerClaimReview } from '../../helpers/claimReviewConsumer';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

let wb: TempWorkbench;
let article: Article;

const TEXT =
  'The Harbour Gazette reported that ferry fares doubled in 2024. The council denies it. Fares rose 12%, its spokesperson said.';

async function markClaim(quote: string) {
  const start = TEXT.indexOf(quote);
  return wb.handlers['claims.create']({ articleId: article.id, start, end: start + quote.length });
}

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

beforeEach(async () => {
  wb = openTempWorkbench();
  article = await wb.handlers['articles.create']({
    text: TEXT,
    meta: {
      title: 'Ferry fares',
      outlet: 'Harbour Gazette',
      url: 'https://gazette.example/ferries',
      publishedAt: '2024-05-02',
    },
  });
});
afterEach(() => wb.dispose());

describe('publishing fields through the service', () => {
  it('refuses addresses that are not http(s) and oversized fields, and keeps what was there', async () => {
    const claim = await markClaim('ferry fares doubled in 2024');
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'https://a b',
    ]) {
      await expect(
        wb.handlers['articles.update']({ id: article.id, patch: { factCheckUrl: url } }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(
        wb.handlers['preferences.set']({ patch: { methodologyUrl: url } }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(
        wb.handlers['claims.update']({ id: claim.id, patch: { appearanceUrl: url } }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
    }
    await expect(
      wb.handlers['claims.update']({ id: claim.id, patch: { reviewedAs: 'x'.repeat(2001) } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      wb.handlers['claims.update']({
        id: claim.id,
        patch: { claimantKind: 'robot' as 'person' },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await wb.handlers['articles.get']({ id: article.id })).factCheckUrl).toBe('');
    expect((await wb.handlers['preferences.get']({})).methodologyUrl).toBe('');
  });

  it('reads stored preferences field by field, so one stale value loses nothing else', async () => {
    await wb.handlers['preferences.set']({ patch: { organisationName: 'Harbour Checks' } });
    const stored = wb.store.settings.get('preferences') as Record<string, unknown>;
    wb.store.settings.set('preferences', { ...stored, organisationUrl: 'www.harbour.example' });
    expect(await wb.handlers['preferences.get']({})).toMatchObject({
      organisationName: 'Harbour Checks',
      organisationUrl: '',
    });
  });

  it('publishes only rated claims in the text, types an outlet as an Organization, and says why the rest are left out', async () => {
    await wb.handlers['preferences.set']({
      patch: { organisationName: 'Harbour Checks', organisationUrl: 'https://checks.example' },
    });
    await wb.handlers['articles.update']({
      id: article.id,
      patch: { factCheckUrl: 'https://checks.example/ferries', factCheckPublishedAt: '2024-05-03' },
    });
    const outlet = await markClaim('ferry fares doubled in 2024');
    await wb.handlers['claims.update']({
      id: outlet.id,
      patch: { claimant: 'The Harbour Gazette', claimantKind: 'organization' },
    });
    await wb.handlers['verdicts.set']({
      claimId: outlet.id,
      ratingKey: 'false',
      conclusion: 'No.',
    });
    const unrated = await markClaim('Fares rose 12%');
    const file = await wb.handlers['reports.export']({
      articleId: article.id,
      format: 'claimreview',
    });
    const reviews = JSON.parse(file.content) as unknown[];
    expect(reviews).toHaveLength(1);
    const review = ConsumerClaimReview.parse(reviews[0]);
    expect(review).toMatchObject({
      url: 'https://checks.example/ferries',
      claimReviewed: 'The Harbour Gazette reported that ferry fares doubled in 2024.',
      itemReviewed: {
        author: { '@type': 'Organization', name: 'The Harbour Gazette' },
        // No date of its own: the article's publication date, where the checker met the claim.
        datePublished: '2024-05-02',
        firstAppearance: { url: 'https://gazette.example/ferries', headline: 'Ferry fares' },
      },
    });
    // The fact check's page, never the checked article, is the review's url.
    expect(review.url).not.toBe(article.url);
    expect(file.leftOut).toEqual([
      expect.objectContaining({ claimId: unrated.id, reason: 'no-verdict' }),
    ]);
  });

  it('exports a bundle from the app as one zip: the report, every format, the copies and a MANIFEST', async () => {
    await wb.handlers['preferences.setLogo']({
      fileName: 'logo.png',
      dataBase64: PNG.toString('base64'),
    });
    const claim = await markClaim('ferry fares doubled in 2024');
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'false', conclusion: 'No.' });
    const source = await wb.handlers['sources.create']({
      fields: { url: 'https://ferries.example/fares', title: 'Fare tables' },
    });
    await wb.handlers['sources.archive']({
      sourceId: source.id,
      fileName: 'fares.pdf',
      dataBase64: Buffer.from('%PDF-1.4 fares').toString('base64'),
    });
    await wb.handlers['sources.attach']({
      claimId: claim.id,
      sourceId: source.id,
      link: { stance: 'contradicts' },
    });
    // An archived web page travels with the neutralised copy the report offers as its safe view.
    const page = await wb.handlers['sources.create']({
      fields: { url: 'https://ferries.example/notice', title: 'Notice' },
    });
    await wb.handlers['sources.archive']({
      sourceId: page.id,
      fileName: 'notice.html',
      dataBase64: Buffer.from(
        '<!doctype html><html><body><p>Fares unchanged.</p><script>alert(1)</script></body></html>',
      ).toString('base64'),
    });
    await wb.handlers['sources.attach']({
      claimId: claim.id,
      sourceId: page.id,
      link: { stance: 'contradicts' },
    });
    const file = await wb.handlers['reports.export']({ articleId: article.id, format: 'bundle' });
    expect(file).toMatchObject({
      fileName: 'ferry-fares.zip',
      mime: 'application/zip',
      encoding: 'base64',
      archives: [],
    });
    const entries = unzipSync(Buffer.from(file.content, 'base64'));
    const manifest = JSON.parse(strFromU8(entries['MANIFEST.json'] ?? new Uint8Array())) as {
      article: { id: number; textSha256: string };
      files: { path: string; bytes: number; sha256: string }[];
    };
    expect(manifest.article).toMatchObject({ id: article.id, textSha256: article.sha256 });
    for (const listed of manifest.files) {
      const bytes = entries[listed.path];
      expect(bytes, listed.path).toBeDefined();
      expect(
        createHash('sha256')
          .update(bytes ?? '')
          .digest('hex'),
      ).toBe(listed.sha256);
    }
    const html = strFromU8(entries['report.html'] ?? new Uint8Array());
    const archived = manifest.files.map((f) => f.path).filter((p) => p.startsWith('archive/'));
    expect(archived).toEqual([
      expect.stringMatching(/^archive\/[0-9a-f]{64}-fares\.pdf$/),
      expect.stringMatching(/^archive\/[0-9a-f]{64}-notice\.html$/),
      expect.stringMatching(/^archive\/[0-9a-f]{64}-notice\.html\.safe\.html$/),
    ]);
    for (const path of archived) expect(html).toContain(`href="${path}"`);
    const safeView = strFromU8(entries[archived[2] ?? ''] ?? new Uint8Array());
    expect(safeView).toContain('Fares unchanged.');
    expect(safeView).not.toContain('<script');
    expect(html).toContain('data:image/png;base64,');
  });

  it('refuses a logo that is not an image, and one too large, and keeps the profile', async () => {
    await expect(
      wb.handlers['preferences.setLogo']({
        fileName: 'logo.svg',
        dataBase64: Buffer.from('<svg onload="alert(1)"/>').toString('base64'),
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    const huge = Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]);
    await expect(
      wb.handlers['preferences.setLogo']({
        fileName: 'big.png',
        dataBase64: huge.toString('base64'),
      }),
    ).rejects.toThrow(/at most 1/);
    expect((await wb.handlers['preferences.get']({})).logo).toBeNull();
  });
});
