import { contract, methodNames } from '../../../src-main/contract/methods';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src-main/core/model';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { fixtureText, openTempWorkbench } from '../../helpers/tempWorkbench';

let wb: TempWorkbench;
let article: Article;

async function checkedClaim(quote: string, ratingKey: string, archived: boolean) {
  const start = article.text.indexOf(quote);
  const claim = await wb.handlers['claims.create']({
    articleId: article.id,
    start,
    end: start + quote.length,
    claimant: 'Opposition lawmakers',
  });
  await wb.handlers['verdicts.set']({
    claimId: claim.id,
    ratingKey,
    conclusion: `Checked **${quote}**.`,
  });
  const source = await wb.handlers['sources.create']({
    fields: { url: 'https://monitor.example/report', title: 'Monitor report' },
  });
  if (archived) {
    await wb.handlers['sources.archive']({
      sourceId: source.id,
      fileName: 'monitor report.pdf',
      dataBase64: Buffer.from('%PDF-1.4 monitor').toString('base64'),
    });
  }
  await wb.handlers['sources.attach']({
    claimId: claim.id,
    sourceId: source.id,
    link: { stance: 'supports' },
  });
  return claim;
}

beforeEach(async () => {
  wb = openTempWorkbench();
  await wb.handlers['preferences.set']({
    patch: {
      checkerName: 'A. Ramos',
      organisationName: 'Coastal Checks',
      organisationUrl: 'https://checks.example',
    },
  });
  article = await wb.handlers['articles.create']({
    text: fixtureText('harbour-council.txt'),
    meta: { url: 'https://coastal.example/a', outlet: 'Coastal Post' },
  });
});
afterEach(() => wb.dispose());

describe('reports through the service', () => {
  it('lists transparency findings: unchecked claims, missing methodology, sources without archives', async () => {
    await checkedClaim('at least 110 people', 'mostly-true', false);
    const start = article.text.indexOf('without evidence');
    await wb.handlers['claims.create']({ articleId: article.id, start, end: start + 16 });
    const findings = await wb.handlers['reports.check']({ articleId: article.id });
    const codes = [...new Set(findings.map((f) => f.code))].sort();
    expect(codes).toEqual([
      'claim-unchecked',
      'claimreview-recommended',
      'claimreview-required',
      'missing-methodology',
      'source-without-archive',
    ]);
    // No page for the fact check yet: ClaimReview's required url is an error, named.
    expect(findings.find((f) => f.code === 'claimreview-required')).toMatchObject({
      severity: 'error',
      fields: ['url'],
    });
  });

  it('exports every format with the same claims, and refuses in strict mode while findings remain', async () => {
    await checkedClaim('at least 110 people', 'mostly-true', true);
    const html = await wb.handlers['reports.export']({ articleId: article.id, format: 'html' });
    expect(html).toMatchObject({
      mime: 'text/html',
      encoding: 'utf8',
      fileName: 'harbour-council-defends-strike-campaign-as-critics-question-the-toll.html',
    });
    expect(html.content).toContain('Coastal Checks');
    expect(html.content).toContain('at least 110 people');
    const claimReview = JSON.parse(
      (await wb.handlers['reports.export']({ articleId: article.id, format: 'claimreview' }))
        .content,
    );
    expect(claimReview[0]).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed:
        'The provincial navy has carried out more than 30 strikes since September, in a campaign that has killed at least 110 people, according to figures compiled by the Coastal Rights Monitor.',
      reviewRating: { alternateName: 'Mostly true', ratingValue: 4, bestRating: 5, worstRating: 1 },
    });
    const csv = await wb.handlers['reports.export']({ articleId: article.id, format: 'csv' });
    expect(csv.content).toContain('at least 110 people');
    const md = await wb.handlers['reports.export']({ articleId: article.id, format: 'md' });
    expect(md.content).toContain('Mostly true');
    const w3c = JSON.parse(
      (await wb.handlers['reports.export']({ articleId: article.id, format: 'w3c' })).content,
    );
    expect(w3c.type).toBe('AnnotationCollection');
    await expect(
      wb.handlers['reports.export']({ articleId: article.id, format: 'html', strict: true }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await wb.handlers['articles.update']({
      id: article.id,
      patch: { methodology: 'We read the monitor’s report.' },
    });
    await expect(
      wb.handlers['reports.export']({ articleId: article.id, format: 'html', strict: true }),
    ).rejects.toThrow(/`url`/);
    await wb.handlers['articles.update']({
      id: article.id,
      patch: { factCheckUrl: 'https://checks.example/harbour', factCheckPublishedAt: '2025-10-23' },
    });
    // Publish-ready: no errors; what is only recommended (the claimant's kind, the claim's
    // date: the article has no publication date either) stays a warning.
    const strict = await wb.handlers['reports.export']({
      articleId: article.id,
      format: 'html',
      strict: true,
    });
    expect(strict.findings.map((f) => [f.severity, f.fields])).toEqual([
      ['warning', ['itemReviewed.author']],
      ['warning', ['itemReviewed.datePublished']],
    ]);
  });

  it('no contract method writes to a path: reports are handed back, and only the CLI saves them', async () => {
    for (const [name, spec] of Object.entries(contract)) {
      const shape = (spec.input as { shape?: Record<string, unknown> }).shape ?? {};
      expect(Object.keys(shape), name).not.toContain('path');
    }
    expect(methodNames).not.toContain('reports.save');
    expect(
      await wb.dispatch('reports.save', {
        articleId: article.id,
        format: 'html',
        path: join(wb.dir, 'x.html'),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(existsSync(join(wb.dir, 'x.html'))).toBe(false);
    await checkedClaim('at least 110 people', 'mostly-true', true);
    const file = await wb.handlers['reports.export']({ articleId: article.id, format: 'html' });
    expect(file.archives).toEqual([
      {
        sourceId: expect.any(Number),
        fileName: expect.stringMatching(/^[0-9a-f]{64}-/),
        safeFileName: null,
      },
    ]);
  });

  it('prints the HTML report to PDF through Chromium', async () => {
    await checkedClaim('at least 110 people', 'false', true);
    const pdf = await wb.handlers['reports.export']({ articleId: article.id, format: 'pdf' });
    expect(pdf.encoding).toBe('base64');
    const bytes = Buffer.from(pdf.content, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5000);
  });
});
