import type { Article, Claim } from '../../src-main/core/model';
import { api, expect, saveScreenshot, test } from './fixtures';
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
  // Another article is the most recent, so the workbench opens on it first.
  await api<Article>(host, 'articles.create', {
    text: 'A short note.',
    meta: { title: 'Another article' },
  });
  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Another article');

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

  // The text is not edited before every claim it would move is known.
  await page.getByRole('button', { name: 'Edit text' }).click();
  await expect(page.getByText('The claims are still being read.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit text' })).toBeVisible();

  // A claim marked meanwhile is in the list once it comes, though the list was read before it.
  await workbench.selectInEditor('more than 30 strikes');
  await page.keyboard.press('ControlOrMeta+Shift+M');
  await expect
    .poll(async () => (await api<Claim[]>(host, 'claims.list', { articleId: article.id })).length)
    .toBe(3);
  release();
  await expect(workbench.claimsPane.getByText('Reading the claims…')).toBeHidden();
  await expect(workbench.claimItems()).toHaveCount(3);
  await expect(workbench.claimItems().nth(1)).toContainText('more than 30 strikes');
  await expect(
    workbench.editor.locator('[class*="fd-claim-"]', { hasText: '30 strikes' }).first(),
  ).toBeVisible();
  await expect(page.getByTestId('claim-tally')).toContainText('3 claims');
  await page.unroute('**/api/claims.outline');
});
