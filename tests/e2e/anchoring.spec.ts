import type { Article, Claim } from '../../src-main/core/model';
import type { HostProcess } from './fixtures';
import { api, expect, saveScreenshot, test } from './fixtures';
import { articleWithClaims } from './articleWithClaims';
import { ClaimInspectorPage } from './pages/ClaimInspectorPage';
import { ReviewPage } from './pages/ReviewPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

const text = [
  'Harbour council defends strike campaign',
  '',
  'Opposition lawmakers accused the governor, without evidence, of ordering the strikes.',
  '',
  'The navy has carried out more than 30 strikes, in a campaign that has killed at least 110 people.',
  '',
  'Officials said smuggling had fallen by 40 percent.',
].join('\n');

async function setUp(host: HostProcess) {
  const {
    article,
    claims: [evidence, toll, smuggling],
  } = await articleWithClaims(host, text, 'Strike campaign', [
    'without evidence',
    'at least 110 people',
    'fallen by 40 percent',
  ]);
  if (!evidence || !toll || !smuggling) throw new Error('the claims were not marked');
  await api(host, 'verdicts.set', {
    claimId: toll.id,
    ratingKey: 'mostly-true',
    conclusion: 'Matches the monitor.',
  });
  return { article, evidence, toll, smuggling };
}

test.describe.configure({ timeout: 120_000 });

test('highlights follow the text while the checker edits it, and the edit is saved', async ({
  page,
  host,
}) => {
  const { article, toll } = await setUp(host);
  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Strike campaign/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strike campaign');
  await page.getByRole('button', { name: 'Edit text' }).click();
  await workbench.clickQuote('Opposition lawmakers');
  await page.keyboard.press('Home');

  await page.keyboard.type('Late on Monday, ');
  await expect(async () => {
    const claims = await api<Claim[]>(host, 'claims.list', { articleId: article.id });
    const saved = await api<Article>(host, 'articles.get', { id: article.id });
    expect(saved.text).toContain('Late on Monday, Opposition lawmakers');
    const moved = claims.find((c) => c.id === toll.id);
    expect(saved.text.slice(moved?.start, moved?.end)).toBe('at least 110 people');
  }).toPass({ timeout: 15_000 });
  await page.reload();
  await expect(workbench.editor.locator('.view-lines')).toContainText(
    'Late on Monday, Opposition lawmakers',
  );
  await expect(
    workbench.editor.locator('[class*="fd-claim-"]', { hasText: '110' }).first(),
  ).toBeVisible();
});

test('a new version re-anchors claims and puts the deleted and edited ones in the review queue', async ({
  page,
  host,
}) => {
  const { evidence, smuggling } = await setUp(host);
  const workbench = new WorkbenchPage(page);
  const review = new ReviewPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Strike campaign/ }).click();

  const corrected = text
    .replace(
      'accused the governor, without evidence, of ordering',
      'accused the governor of ordering',
    )
    .replace('fallen by 40 percent', 'fallen by 14 percent')
    .replace(
      'Harbour council defends strike campaign\n\n',
      'Harbour council defends strike campaign\n\nUpdated with a correction.\n\n',
    );
  await review.loadNewVersion(corrected);
  await expect(review.result()).toContainText('1 kept on their text');
  await expect(review.result()).toContainText('1 whose own words changed');
  await expect(review.result()).toContainText('1 that could not be found');
  await page.getByRole('button', { name: 'Done' }).click();

  await expect(review.queue).toBeVisible();
  const gone = review.entry(1);
  await expect(gone).toContainText('Its words are not in the current text');
  await expect(gone).toContainText('without evidence');
  await expect(gone).toContainText('No likely place found');
  const edited = review.entry(3);
  await expect(edited).toContainText('Its words changed');
  // "40" became "14": the diff strikes the old number and adds the new one, whole.
  await expect(edited.getByLabel('What changed')).toHaveText('fallen by 4014 percent');
  await expect(edited.locator('del')).toHaveText('40');
  await expect(edited.locator('ins')).toHaveText('14');
  await saveScreenshot(page, 'review-queue');

  await edited.getByRole('button', { name: 'Keep the new words' }).click();
  await expect(review.entry(3)).toHaveCount(0);
  await workbench.selectInEditor('accused the governor');
  await gone.getByRole('button', { name: 'Use selected text' }).click();
  await expect(review.queue).toHaveCount(0);
  const claims = await api<Claim[]>(host, 'claims.list', { articleId: evidence.articleId });
  expect(claims.find((c) => c.id === evidence.id)).toMatchObject({
    exact: 'accused the governor',
    anchorState: 'attached',
  });
  expect(claims.find((c) => c.id === smuggling.id)).toMatchObject({
    exact: 'fallen by 14 percent',
    anchorState: 'attached',
  });
});

test('a verdict on words that changed is flagged in the list and at export; Fix opens the claim to reopen or confirm it', async ({
  page,
  host,
}) => {
  const { toll } = await setUp(host);
  const workbench = new WorkbenchPage(page);
  const review = new ReviewPage(page);
  const inspector = new ClaimInspectorPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Strike campaign/ }).click();

  // Only the toll's own words change; the other edit is elsewhere and flags nothing.
  await review.loadNewVersion(
    text
      .replace('at least 110 people', 'at least 112 people')
      .replace('more than 30 strikes', 'more than 31 strikes'),
  );
  await page.getByRole('button', { name: 'Done' }).click();
  await review.entry(2).getByRole('button', { name: 'Keep the new words' }).click();
  const tollRow = workbench.claimItems().filter({ hasText: 'at least 112 people' });
  await expect(tollRow).toContainText('Verdict to confirm');
  await expect(workbench.claimItems().filter({ hasText: 'Verdict to confirm' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Export report…' }).click();
  const check = page.getByRole('region', { name: 'Transparency check' });
  const finding = check
    .getByRole('listitem')
    .filter({ hasText: /Claim 2 .*the verdict was given on earlier words/ });
  await expect(finding).toHaveCount(1);
  await finding.getByRole('button', { name: 'Fix' }).click();

  const flags = page.getByRole('group', { name: 'Verdict not confirmed' });
  await expect(inspector.quote).toHaveText('at least 112 people');
  await expect(flags).toContainText('Verdict given on other text');
  await saveScreenshot(page, 'verdict-to-confirm');
  await flags.getByRole('button', { name: 'Reopen claim' }).click();
  await expect(inspector.status).toHaveValue('in_progress');
  await expect(flags.getByRole('button', { name: 'Reopened' })).toBeDisabled();
  await flags.getByRole('button', { name: 'Confirm verdict' }).click();
  await expect(flags).toHaveCount(0);
  await expect(tollRow).not.toContainText('Verdict to confirm');
  const confirmed = await api<Claim>(host, 'claims.get', { id: toll.id });
  expect(confirmed).toMatchObject({
    textChangedSinceVerdict: false,
    status: 'in_progress',
    verdict: { ratingKey: 'mostly-true', articleVersion: 2 },
  });
});

test('“Attach here” in the review queue puts a claim whose words moved on the place the checker picks', async ({
  page,
  host,
}) => {
  const { smuggling } = await setUp(host);
  await api(host, 'verdicts.set', { claimId: smuggling.id, ratingKey: 'false', conclusion: '' });
  const workbench = new WorkbenchPage(page);
  const review = new ReviewPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Strike campaign/ }).click();

  // The claim's sentence is gone; its words now stand twice, each time said by someone else.
  await review.loadNewVersion(
    text.replace(
      'Officials said smuggling had fallen by 40 percent.',
      'Critics doubted that smuggling had fallen by 40 percent.\n\nPort staff said smuggling had fallen by 40 percent last year.',
    ),
  );
  await page.getByRole('button', { name: 'Done' }).click();
  const entry = review.entry(3);
  await expect(entry).toContainText('Its words appear only with other surroundings');
  const places = entry.getByRole('list', { name: 'Possible places' }).getByRole('listitem');
  await expect(places).toHaveCount(2);
  await places
    .filter({ hasText: /fallen by 40 percent last year/ })
    .getByRole('button', { name: 'Attach here' })
    .click();

  await expect(review.queue).toHaveCount(0);
  const attached = await api<Claim>(host, 'claims.get', { id: smuggling.id });
  const saved = await api<Article>(host, 'articles.get', { id: smuggling.articleId });
  expect(attached).toMatchObject({ anchorState: 'attached', anchorReview: null });
  expect(saved.text.slice(attached.start, attached.end)).toBe('fallen by 40 percent');
  expect(saved.text.slice(0, attached.start)).toMatch(/Port staff said smuggling had $/);
  // The verdict was given where the words stood before: it waits for the checker to confirm it.
  await expect(workbench.claimItems().filter({ hasText: 'fallen by 40 percent' })).toContainText(
    'Verdict to confirm',
  );
});

test('the transparency check confirms a verdict whose words changed, and leaves verdicts on unchanged words alone', async ({
  page,
  host,
}) => {
  const { evidence, toll } = await setUp(host);
  await api(host, 'verdicts.set', { claimId: evidence.id, ratingKey: 'false', conclusion: '' });
  const workbench = new WorkbenchPage(page);
  const review = new ReviewPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Strike campaign/ }).click();
  await review.loadNewVersion(text.replace('at least 110 people', 'at least 112 people'));
  await page.getByRole('button', { name: 'Done' }).click();
  await review.entry(2).getByRole('button', { name: 'Keep the new words' }).click();

  await page.getByRole('button', { name: 'Export report…' }).click();
  const check = page.getByRole('region', { name: 'Transparency check' });
  const finding = check.getByRole('listitem').filter({ hasText: /Claim 2 .*earlier words/ });
  await expect(finding).toHaveCount(1);
  // Claim 1's words are as they were when it was judged: its verdict needs no confirming.
  await expect(check.getByRole('listitem').filter({ hasText: /earlier/ })).toHaveCount(1);
  const actions = finding.getByRole('group', { name: 'Verdict not confirmed' });
  await actions.getByRole('button', { name: 'Reopen claim' }).click();
  await expect(actions.getByRole('button', { name: 'Reopened' })).toBeDisabled();
  await saveScreenshot(page, 'export-confirm-verdict');
  await actions.getByRole('button', { name: 'Confirm verdict' }).click();
  await expect(finding).toHaveCount(0);
  expect(await api<Claim>(host, 'claims.get', { id: toll.id })).toMatchObject({
    textChangedSinceVerdict: false,
    status: 'in_progress',
    verdict: { articleVersion: 2 },
  });
  expect(await api<Claim>(host, 'claims.get', { id: evidence.id })).toMatchObject({
    textChangedSinceVerdict: false,
    verdict: { articleVersion: 1 },
  });
});

test('a claim whose words were deleted does not stop later saves once the text grows shorter', async ({
  page,
  host,
}) => {
  const { article, smuggling } = await setUp(host);
  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Strike campaign/ }).click();
  await page.getByRole('button', { name: 'Edit text' }).click();
  // The last paragraph, with the smuggling claim, goes; then the paragraph before it.
  await workbench.clickQuote('Officials said smuggling');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Delete');
  await workbench.waitUntilSaved();
  expect(await api<Claim>(host, 'claims.get', { id: smuggling.id })).toMatchObject({
    anchorState: 'orphaned',
  });
  await workbench.clickQuote('The navy has carried out');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Delete');
  await workbench.waitUntilSaved();
  await expect(page.getByText(/Not saved/)).toHaveCount(0);
  const saved = await api<Article>(host, 'articles.get', { id: article.id });
  expect(saved.text).not.toContain('The navy has carried out');
  expect(saved.text).not.toContain('Officials said smuggling');
});
