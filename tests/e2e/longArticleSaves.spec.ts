import type { Page } from '@playwright/test';
import type { Article, Claim } from '../../src-main/core/model';
import type { HostProcess } from './fixtures';
import { api, expect, expectConsoleErrors, test } from './fixtures';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { articleWithClaims } from './articleWithClaims';

test.describe.configure({ timeout: 120_000 });

/** About 190,000 characters: each save's body is too large to be made on the page's thread. */
const paragraphs = Array.from(
  { length: 1200 },
  (_, index) =>
    `Paragraph ${index + 1}: the council’s report on ferry ridership — “up 4% on last year” — was read aloud.`,
);
const text = [
  'Harbour council defends its figures',
  '',
  ...paragraphs,
  '',
  'The navy has carried out more than 30 strikes, killing at least 110 people.',
].join('\n');

async function openLongArticle(host: HostProcess, page: Page) {
  const { article, claims } = await articleWithClaims(host, text, 'Council figures', [
    'at least 110 people',
    'up 4% on last year',
  ]);
  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Council figures/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council figures');
  await page.getByRole('button', { name: 'Edit text' }).click();
  await expect(page.getByText('Text locked', { exact: true })).toBeHidden();
  await workbench.clickQuote('Harbour council');
  await page.keyboard.press('Home');
  return { article, claims, workbench };
}

/** The stored text has the typed words, and every claim is on its own words in it. */
async function expectStored(host: HostProcess, article: Article, typed: string, claims: Claim[]) {
  await expect(async () => {
    const saved = await api<Article>(host, 'articles.get', { id: article.id });
    expect(saved.text.startsWith(`${typed}Harbour council`)).toBe(true);
    const stored = await api<Claim[]>(host, 'claims.list', { articleId: article.id });
    for (const claim of claims) {
      const now = stored.find((c) => c.id === claim.id);
      expect(now && saved.text.slice(now.start, now.end)).toBe(claim.exact);
    }
  }).toPass({ timeout: 15_000 });
}

test('a long article’s edits are saved beside the page, with every claim on its words', async ({
  page,
  host,
}) => {
  const { article, claims, workbench } = await openLongArticle(host, page);
  await page.keyboard.type('Updated: ');
  await workbench.waitUntilSaved();
  await expectStored(host, article, 'Updated: ', claims);
  // The body of each save was made and sent by the request worker.
  expect(page.workers().some((worker) => /apiRequestWorker/.test(worker.url()))).toBe(true);

  await page.reload();
  await expect(workbench.editor.locator('.view-lines')).toContainText('Updated: Harbour council');
});

test('where the request worker cannot start, a long article’s edits are saved from the page', async ({
  page,
  host,
  consoleErrors,
}) => {
  await page.route('**/apiRequestWorker*', (route) => route.fulfill({ status: 404, body: '' }));
  const { article, claims, workbench } = await openLongArticle(host, page);
  await page.keyboard.type('Checked: ');
  await workbench.waitUntilSaved();
  await expectStored(host, article, 'Checked: ', claims);
  expect(page.workers().some((worker) => /apiRequestWorker/.test(worker.url()))).toBe(false);

  // Chromium logs the worker script this test refused.
  expectConsoleErrors(
    consoleErrors,
    /Failed to load resource: the server responded with a status of 404/,
  );
});

test('a long article’s save that finds no host says so, and the edits are saved once it answers', async ({
  page,
  host,
  consoleErrors,
}) => {
  const { article, claims } = await openLongArticle(host, page);
  let refused = 0;
  await page.route('**/api/articles.saveText', async (route) => {
    refused++;
    await route.abort('connectionrefused');
  });
  await page.keyboard.type('Late: ');
  await expect(page.getByTestId('save-state')).toContainText('host is not answering', {
    timeout: 15_000,
  });
  expect(refused).toBeGreaterThan(0);
  const stillOld = await api<Article>(host, 'articles.get', { id: article.id });
  expect(stillOld.text.startsWith('Harbour council')).toBe(true);

  await page.unroute('**/api/articles.saveText');
  await expect(page.getByTestId('save-state')).toHaveText('Saved', { timeout: 30_000 });
  await expectStored(host, article, 'Late: ', claims);

  // Chromium logs each save this test refused.
  expectConsoleErrors(consoleErrors, /net::ERR_CONNECTION_REFUSED|Failed to load resource/);
});

test('leaving the page while a long article’s edits are unsaved asks first, and nothing is lost', async ({
  page,
  host,
}) => {
  const { article, claims, workbench } = await openLongArticle(host, page);
  let release = () => undefined as void;
  const released = new Promise<void>((done) => (release = done));
  await page.route('**/api/articles.saveText', async (route) => {
    await released;
    await route.continue();
  });
  await page.keyboard.type('Draft: ');
  await expect(page.getByTestId('save-state')).toHaveText('Saving…');
  const asked = page.waitForEvent('dialog');
  await page.evaluate(() => window.setTimeout(() => window.location.reload()));
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  // The checker stays; the save goes through.
  await dialog.dismiss();
  release();
  await workbench.waitUntilSaved();
  await expectStored(host, article, 'Draft: ', claims);
  await page.unroute('**/api/articles.saveText');
  // With everything saved, the page leaves without asking.
  page.on('dialog', (unexpected) => {
    throw new Error(`asked again: ${unexpected.type()}`);
  });
  await page.reload();
  await expect(workbench.editor.locator('.view-lines')).toContainText('Draft: Harbour council');
});

test('an article in Cyrillic, larger in bytes than in letters, saves its edits', async ({
  page,
  host,
}) => {
  // About 40,000 letters: under the size at which saves go to the worker, but over 64 KiB of
  // UTF-8, more than a request kept alive through a reload may carry.
  const paragraph = 'Городской совет заявил, что пассажиропоток парома вырос на четыре процента.';
  const cyrillic = ['Отчёт совета', '', ...Array.from({ length: 520 }, () => paragraph)].join('\n');
  expect(cyrillic.length).toBeLessThan(60_000);
  expect(Buffer.byteLength(cyrillic)).toBeGreaterThan(65_536);
  const { article } = await articleWithClaims(host, cyrillic, 'Отчёт совета', [
    'вырос на четыре процента',
  ]);
  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Отчёт совета/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Отчёт совета');
  await page.getByRole('button', { name: 'Edit text' }).click();
  await expect(page.getByText('Text locked', { exact: true })).toBeHidden();
  await workbench.clickQuote('Отчёт совета');
  await page.keyboard.press('Home');
  await page.keyboard.type('Новое: ');
  await workbench.waitUntilSaved();
  await expect(page.getByText(/Not saved/)).toHaveCount(0);
  const saved = await api<Article>(host, 'articles.get', { id: article.id });
  expect(saved.text.startsWith('Новое: Отчёт совета')).toBe(true);
});
