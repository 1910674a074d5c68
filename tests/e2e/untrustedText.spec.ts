import type { Claim } from '../../src-main/core/model';
import { api, expect, saveScreenshot, test } from './fixtures';
import { WorkbenchPage } from './pages/WorkbenchPage';

// Monaco moves the cursor by its own idea of a character, which stops inside a Devanagari
// conjunct (क् + ष) that Unicode counts as one character: the claim must take it whole.
const text = 'क्षमा माँगी गई। Minister Zoe\u0308 Baker said families paid 12% more.';

test('a selection that ends inside a character marks the whole character, and says so', async ({
  page,
  host,
}) => {
  const article = await api<{ id: number }>(host, 'articles.create', {
    text,
    meta: { title: 'Whole characters' },
  });
  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  await workbench.clickQuote('क्षमा');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+M');
  await expect(workbench.claimItems()).toHaveCount(1);
  await expect(
    page.getByText(
      'The selection ends inside the character “क्ष” (U+0915 U+094D U+0937), which is one letter or symbol on screen: it would read “क्” where the text reads “क्ष”. The claim takes the whole character.',
    ),
  ).toBeVisible();
  const claims = await api<Claim[]>(host, 'claims.list', { articleId: article.id });
  expect(claims.map((claim) => claim.exact)).toEqual(['क्ष']);
  await saveScreenshot(page, 'whole-characters');
});

test('an article’s title and outlet are shown isolated, so no hidden direction control reorders what is around them', async ({
  page,
  host,
}) => {
  // Stored before imports took such controls out, or typed: the display must hold them in.
  await api(host, 'articles.create', {
    text: 'The mayor said the ferry budget was cut by 40% this year.',
    meta: {
      title: 'Ferry \u202Etuc tegdub\u202C',
      outlet: 'Wire \u202Eecivres',
      publishedAt: '2025-10-20',
    },
  });
  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  const item = workbench.library.getByRole('button', { name: /Ferry/ });
  const bidi = (locator: ReturnType<typeof page.locator>) =>
    locator.evaluateAll((elements) => elements.map((e) => getComputedStyle(e).unicodeBidi));
  await expect.poll(() => bidi(item.locator('.article-item-title'))).toEqual(['isolate']);
  await expect
    .poll(() => bidi(item.locator('.article-item-byline bdi')))
    .toEqual(['isolate', 'isolate']);
  // The date after the outlet still reads as a date, left to right.
  await expect(item.locator('.article-item-byline bdi').nth(1)).toHaveText('2025-10-20');
  await saveScreenshot(page, 'isolated-titles');
});
