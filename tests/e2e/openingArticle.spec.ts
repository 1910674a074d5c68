import type { Article, Claim } from '../../src-main/core/model';
import type { Page } from '@playwright/test';
import type { HostProcess } from './fixtures';
import { api, expect, expectConsoleErrors, saveScreenshot, test } from './fixtures';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { articleWithClaims } from './articleWithClaims';

const text = [
  'Harbour council defends strike campaign',
  '',
  'Opposition lawmakers accused the governor, without evidence, of ordering the strikes.',
  '',
  'The navy has carried out more than 30 strikes, in a campaign that has killed at least 110 people.',
].join('\n');

test.describe.configure({ timeout: 120_000 });

/** Adds another, newer article, so the workbench opens on it first, and opens the workbench. */
async function openOnAnotherArticle(page: Page, host: HostProcess): Promise<WorkbenchPage> {
  await api<Article>(host, 'articles.create', {
    text: 'A short note.',
    meta: { title: 'Another article' },
  });
  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Another article');
  return workbench;
}

test('an article shows its highlights while its claims are read, and nothing done meanwhile is lost', async ({
  page,
  host,
}) => {
  const {
    article,
    claims: [, toll],
  } = await articleWithClaims(host, text, 'Strike campaign', [
    'without evidence',
    'at least 110 people',
  ]);
  if (!toll) throw new Error('the claims were not marked');
  await api(host, 'verdicts.set', { claimId: toll.id, ratingKey: 'false', conclusion: 'No.' });
  const workbench = await openOnAnotherArticle(page, host);

  // The service reads the outline at once, but its answer is held back: it arrives after
  // whatever the checker does meanwhile, as thousands of outlines can.
  let release = () => undefined as void;
  const released = new Promise<void>((done) => (release = done));
  await page.route('**/api/claims.outline', async (route) => {
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
  });
  await page.getByRole('button', { name: /^Strike campaign/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strike campaign');
  await expect(
    workbench.editor.locator('[class*="fd-claim-"]', { hasText: '110' }).first(),
  ).toBeVisible();
  await expect(workbench.claimsPane.getByRole('heading', { level: 2 })).toHaveText('Claims (2)');
  await expect(workbench.claimsPane.getByText('Reading the claims…')).toBeVisible();
  await expect(page.getByTestId('claim-tally')).toHaveText('Reading the claims…');
  await saveScreenshot(page, 'opening-article-reading-claims');

  // The text is not edited before every claim it would move is known; it unlocks once they are.
  await page.getByRole('button', { name: 'Edit text' }).click();
  await expect(page.getByText('the text unlocks as soon as they are')).toBeVisible();
  await expect(page.getByText('Text locked', { exact: true })).toBeVisible();

  // A claim marked meanwhile is in the list once it comes, though the list was read before it.
  await workbench.selectInEditor('more than 30 strikes');
  await page.keyboard.press('ControlOrMeta+Shift+M');
  await expect
    .poll(async () => (await api<Claim[]>(host, 'claims.list', { articleId: article.id })).length)
    .toBe(3);
  release();
  await expect(workbench.claimsPane.getByText('Reading the claims…')).toBeHidden();
  await expect(page.getByText('Text locked', { exact: true })).toBeHidden();
  await expect(workbench.claimItems()).toHaveCount(3);
  await expect(workbench.claimItems().nth(1)).toContainText('more than 30 strikes');
  await expect(
    workbench.editor.locator('[class*="fd-claim-"]', { hasText: '30 strikes' }).first(),
  ).toBeVisible();
  await expect(page.getByTestId('claim-tally')).toContainText('3 claims');
  await page.unroute('**/api/claims.outline');

  // A filter says how many of the claims it shows, and is cleared in one step.
  const heading = workbench.claimsPane.getByRole('heading', { level: 2 });
  await workbench.claimsPane.getByLabel('Filter by verdict').selectOption({ label: 'False' });
  await expect(heading).toHaveText('Claims (1 of 3)');
  await expect(workbench.claimItems()).toHaveCount(1);
  await workbench.claimsPane.getByRole('button', { name: 'Clear filters' }).click();
  await expect(heading).toHaveText('Claims (3)');
  await expect(workbench.claimItems()).toHaveCount(3);
});

test('when the claims cannot be read the checker is told, nothing stale is highlighted, and a retry or a new claim reads them again', async ({
  page,
  host,
  consoleErrors,
}) => {
  const {
    article,
    claims: [evidence],
  } = await articleWithClaims(host, text, 'Strike campaign', ['without evidence']);
  if (!evidence) throw new Error('the claim was not marked');
  const workbench = await openOnAnotherArticle(page, host);

  let failing = true;
  await page.route('**/api/claims.outline', async (route) => {
    if (!failing) return route.continue();
    // As the host answers a storage fault.
    await route.fulfill({
      status: 507,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'storage', message: 'Disk unreadable.' } }),
    });
  });
  await page.getByRole('button', { name: /^Strike campaign/ }).click();
  const alert = workbench.claimsPane.getByRole('alert');
  await expect(alert).toContainText('The claims could not be read');
  await expect(alert).toContainText('Disk unreadable.');
  await expect(page.getByTestId('claim-tally')).toHaveText('The claims could not be read');
  // Places read when the article opened are not left on screen for changes to pass by.
  await expect(workbench.editor.locator('[class*="fd-claim-"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Edit text' }).click();
  await expect(
    page.getByText('the text cannot be edited: every save names every claim'),
  ).toBeVisible();
  await saveScreenshot(page, 'opening-article-claims-failed');

  // A claim marked now is stored, and makes the claims be read again.
  failing = false;
  await workbench.selectInEditor('more than 30 strikes');
  await page.keyboard.press('ControlOrMeta+Shift+M');
  await expect(workbench.claimItems()).toHaveCount(2);
  await expect(page.getByTestId('claim-tally')).toContainText('2 claims');
  await expect(
    workbench.editor.locator('[class*="fd-claim-"]', { hasText: 'without evidence' }).first(),
  ).toBeVisible();

  // Failing again on the next open, Try again reads them once the fault is gone.
  await page.getByRole('button', { name: /^Another article/ }).click();
  await expect(page.getByTestId('claim-tally')).toHaveText('0 claims');
  failing = true;
  await page.getByRole('button', { name: /^Strike campaign/ }).click();
  await expect(alert).toBeVisible();
  failing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(workbench.claimItems()).toHaveCount(2);
  expect((await api<Claim[]>(host, 'claims.list', { articleId: article.id })).length).toBe(2);
  await page.unroute('**/api/claims.outline');
  // The browser logs each failed read; those are the faults this test made, and nothing else.
  expect(expectConsoleErrors(consoleErrors, /status of 507/)).toBeGreaterThan(0);
});

test('a long review queue shows five claims at a time, each reading its own details only when shown', async ({
  page,
  host,
}) => {
  const sentences = Array.from(
    { length: 8 },
    (_, index) => `Figure ${index + 1} rose by ${index + 10} percent last year.`,
  );
  const { article } = await articleWithClaims(
    host,
    sentences.join('\n\n'),
    'Revised figures',
    sentences.map((sentence) => sentence.slice(0, -1)),
  );
  // Every claim's words are gone from the new version, so all eight wait for review.
  await api(host, 'articles.loadVersion', {
    id: article.id,
    text: 'The figures were withdrawn.',
  });
  const workbench = new WorkbenchPage(page);
  const detailReads: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/(claims\.(?:candidates|history|get))$/.exec(request.url())?.[1];
    if (method) detailReads.push(method);
  });
  await workbench.open(await host.signInUrl());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Revised figures');
  const queue = page.getByRole('region', { name: 'Needs review' });
  await expect(queue.getByRole('heading', { level: 3 })).toHaveText('Needs review (8)');
  await expect(queue.locator('.review-list > li')).toHaveCount(5);
  await page.waitForLoadState('networkidle');
  // Three reads for each claim shown (its record, its history, the places it could go).
  expect(detailReads.length).toBeLessThanOrEqual(15);
  await queue.getByRole('button', { name: 'Show 3 more of 3 still to review' }).click();
  await expect(queue.locator('.review-list > li')).toHaveCount(8);
  await expect(queue.getByRole('button', { name: /more of/ })).toHaveCount(0);
});
