import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Claim, Source } from '../../src-main/core/model';
import { api, artefactsDir, expect, saveScreenshot, test } from './fixtures';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { articleWithClaims } from './articleWithClaims';
import { ClaimInspectorPage } from './pages/ClaimInspectorPage';

test.describe.configure({ timeout: 120_000 });

test('exports an HTML report after the transparency check, and it reads well on its own', async ({
  page,
  host,
  chromiumBrowser,
}) => {
  const text =
    'Critics said, without evidence, that the strikes were a distraction. The campaign has killed at least 110 people.';
  const article = await api<Article>(host, 'articles.create', {
    text,
    meta: { title: 'Strike campaign', outlet: 'Coastal Post', url: 'https://coastal.example/a' },
  });
  await api(host, 'preferences.set', {
    patch: { checkerName: 'A. Ramos', organisationName: 'Coastal Checks' },
  });
  const mark = (quote: string) =>
    api<Claim>(host, 'claims.create', {
      articleId: article.id,
      start: text.indexOf(quote),
      end: text.indexOf(quote) + quote.length,
      claimant: 'Opposition lawmakers',
    });
  const toll = await mark('at least 110 people');
  await mark('without evidence');
  await api(host, 'verdicts.set', {
    claimId: toll.id,
    ratingKey: 'mostly-true',
    conclusion: 'The monitor counted **108** deaths.',
  });
  const source = await api<Source>(host, 'sources.create', {
    fields: { url: 'https://monitor.example/r', title: 'Monitor report' },
  });
  await api(host, 'sources.attach', {
    claimId: toll.id,
    sourceId: source.id,
    link: { stance: 'supports' },
  });

  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Strike campaign/ }).click();
  await page.getByRole('button', { name: 'Export report…' }).click();
  const check = page.getByRole('region', { name: 'Transparency check' });
  await expect(check).toContainText('methodology');
  await expect(check).toContainText('archived');
  await saveScreenshot(page, 'export-panel');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export anyway' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('strike-campaign.html');
  const saved = join(artefactsDir, 'exported-report.html');
  await file.saveAs(saved);
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved strike-campaign.html' }),
  ).toBeVisible();

  const html = readFileSync(saved, 'utf8');
  expect(html).not.toMatch(/<script/i);
  const reader = await chromiumBrowser.newPage();
  const requests: string[] = [];
  reader.on('request', (request) => requests.push(request.url()));
  await reader.goto(`file://${saved}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Strike campaign');
  await expect(reader.locator('body')).toContainText('The monitor counted 108 deaths.');
  await reader.screenshot({ path: join(artefactsDir, 'exported-report.png'), fullPage: true });
  expect(requests).toEqual([`file://${saved}`]);
  await reader.close();
});

test('the transparency check of many claims reads as one line per kind, each opening on its first few', async ({
  page,
  host,
}) => {
  const sentences = Array.from(
    { length: 40 },
    (_, index) =>
      `Officials said ferry ridership rose ${index + 10} percent in district ${index + 1}.`,
  );
  const quotes = sentences.map((_, index) => `rose ${index + 10} percent in district ${index + 1}`);
  const { article } = await articleWithClaims(
    host,
    ['Ferry ridership', '', ...sentences].join('\n'),
    'Ferry figures',
    quotes,
  );
  await api(host, 'articles.update', { id: article.id, patch: { methodology: 'Read the logs.' } });
  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Ferry figures/ }).click();
  await page.getByRole('button', { name: 'Export report…' }).click();
  const check = page.getByRole('region', { name: 'Transparency check' });
  // No newsroom profile is set: one error; and every claim lacks a verdict.
  await expect(check.getByText('Not publish-ready: 1 error', { exact: true })).toBeVisible();
  await expect(check.getByText('40 warnings', { exact: true })).toBeVisible();
  await expect(check.locator('details > summary')).toHaveText([
    'Error: No newsroom profile',
    'Warning: 40 claims without a verdict',
  ]);
  const unchecked = check.locator('details', { hasText: '40 claims without a verdict' });
  await expect(unchecked.getByRole('listitem')).toHaveCount(10);
  await saveScreenshot(page, 'export-check-grouped');
  await unchecked.getByRole('button', { name: 'Show all 40' }).click();
  await expect(unchecked.getByRole('listitem')).toHaveCount(40);
  await expect(unchecked.getByRole('listitem').last()).toContainText('Claim 40');
  await unchecked.getByRole('listitem').last().getByRole('button', { name: 'Fix' }).click();
  await expect(new ClaimInspectorPage(page).quote).toHaveText('rose 49 percent in district 40');
});
