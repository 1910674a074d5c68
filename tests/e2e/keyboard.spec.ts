import type { Page } from '@playwright/test';
import type { Article, ArticleVersion, Claim, ClaimOutline } from '../../src-main/core/model';
import type { HostProcess } from './fixtures';
import { api, expect, saveScreenshot, test } from './fixtures';
import { ReviewPage } from './pages/ReviewPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

test.describe.configure({ timeout: 120_000 });

async function openSample(page: Page, host: HostProcess) {
  const workbench = new WorkbenchPage(page);
  await workbench.open(host.url);
  const [article] = await api<{ id: number }[]>(host, 'articles.list', {});
  if (!article) throw new Error('no sample article');
  const stored = await api<Article>(host, 'articles.get', { id: article.id });
  return { workbench, article: stored };
}

/** Where the focus is: the control's role and name, and the landmark around it. */
async function focusedPlace(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const landmark = element?.closest('nav, main, aside, footer, dialog');
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      name: element?.getAttribute('aria-label') ?? element?.textContent?.trim().slice(0, 40) ?? '',
      landmark: landmark?.getAttribute('aria-label') ?? landmark?.tagName.toLowerCase() ?? 'none',
      inEditor: element?.closest('.monaco-editor') !== null,
    };
  });
}

test('Tab alone walks every landmark in order, through the locked text and out, and changes no text', async ({
  page,
  host,
}) => {
  const { article } = await openSample(page, host);
  const landmarks: string[] = [];
  const names: string[] = [];
  let editorVisits = 0;
  for (let step = 0; step < 80; step++) {
    await page.keyboard.press('Tab');
    const place = await focusedPlace(page);
    if (place.inEditor) editorVisits++;
    if (landmarks.at(-1) !== place.landmark) landmarks.push(place.landmark);
    names.push(place.name);
    if (place.landmark === 'Status') break;
  }
  // Library, then the article (its toolbar and its text), then the claims, then the status bar.
  expect(landmarks).toEqual(['Library', 'Article', 'Claims', 'Status']);
  expect(editorVisits).toBe(1);
  for (const control of ['Search articles by title', 'Edit text', 'Mark claim', 'Filter by status'])
    expect(names.some((name) => name.includes(control))).toBe(true);
  // Shift+Tab walks back into the text and out of it again the other way.
  let backIntoEditor = false;
  for (let step = 0; step < 12 && !backIntoEditor; step++) {
    await page.keyboard.press('Shift+Tab');
    backIntoEditor = (await focusedPlace(page)).inEditor;
  }
  expect(backIntoEditor).toBe(true);
  await page.keyboard.press('Shift+Tab');
  expect((await focusedPlace(page)).name).toBe('Mark claim');

  const after = await api<Article>(host, 'articles.get', { id: article.id });
  expect(after.text).toBe(article.text);
  expect(after.version).toBe(article.version);
});

test('the text opens locked: keys change nothing and say how to edit, claims can still be marked; Edit text unlocks it, Tab still leaves, Escape goes to the claims', async ({
  page,
  host,
}) => {
  const { workbench, article } = await openSample(page, host);
  await expect(page.getByTestId('text-mode')).toHaveText('Text locked');
  await workbench.clickQuote('ferry');
  await page.keyboard.type('?x');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('status').filter({ hasText: 'The text is locked' })).toBeVisible();
  await workbench.waitUntilSaved();
  expect((await api<Article>(host, 'articles.get', { id: article.id })).text).toBe(article.text);

  // Marking a claim in the locked text works as before.
  await workbench.selectInEditor('ferry cuts');
  await page.keyboard.press('Control+Shift+M');
  await expect(workbench.claimItems()).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Claimant' })).toBeFocused();

  // F2 in the text unlocks it; the indicator says so; Tab moves on instead of indenting.
  await workbench.clickQuote('ridership');
  await page.keyboard.press('F2');
  await expect(page.getByTestId('text-mode')).toContainText('Editing the text');
  await expect(page.getByRole('button', { name: 'Done editing' })).toBeVisible();
  await page.keyboard.press('Home');
  await page.keyboard.type('Updated: ');
  await page.keyboard.press('Tab');
  expect((await focusedPlace(page)).inEditor).toBe(false);
  await workbench.waitUntilSaved();
  const edited = await api<Article>(host, 'articles.get', { id: article.id });
  expect(edited.text).toContain('Updated: ');
  expect(edited.text).not.toContain('\t');
  const versions = await api<ArticleVersion[]>(host, 'articles.versions', { id: article.id });
  expect(versions.at(-1)?.sha256).toBe(edited.sha256);
  await saveScreenshot(page, 'keyboard-editing-text');

  // Escape leaves the text for the claims pane; "Done editing" locks it again.
  await workbench.clickQuote('Updated');
  await page.keyboard.press('Escape');
  expect((await focusedPlace(page)).landmark).toBe('Claims');
  await page.getByRole('button', { name: 'Done editing' }).click();
  await expect(page.getByTestId('text-mode')).toHaveText('Text locked');
  await workbench.clickQuote('Updated');
  await page.keyboard.type('zzz');
  await workbench.waitUntilSaved();
  expect((await api<Article>(host, 'articles.get', { id: article.id })).text).toBe(edited.text);
});

test('a letter picks the rating and sends the cursor to the conclusion, so typing never changes the verdict; the claim undo puts fields back from the audit log', async ({
  page,
  host,
}) => {
  const { workbench, article } = await openSample(page, host);
  const [claim] = await api<ClaimOutline[]>(host, 'claims.outline', { articleId: article.id });
  if (!claim) throw new Error('the sample has a claim');
  await workbench.claimItems().first().click();
  const ratings = page.getByRole('group', { name: /^Rating/ });
  await ratings.getByRole('radio').first().focus();
  const scale = await api<{ ratings: { key: string; shortcut: string; label: string }[] }[]>(
    host,
    'scales.list',
    {},
  );
  const rating = scale[0]?.ratings.find((r) => r.shortcut);
  if (!rating) throw new Error('the default scale has letter shortcuts');
  await page.keyboard.press(rating.shortcut);
  const conclusion = page.getByRole('textbox', { name: 'Conclusion' });
  await expect(conclusion).toBeFocused();
  await page.keyboard.type('Figures from the port authority do not support it.');
  await expect
    .poll(async () => (await api<Claim>(host, 'claims.get', { id: claim.id })).verdict?.conclusion)
    .toBe('Figures from the port authority do not support it.');
  await workbench.waitUntilSaved();
  const rated = await api<Claim>(host, 'claims.get', { id: claim.id });
  expect(rated.verdict?.ratingKey).toBe(rating.key);
  const history = await api<{ action: string }[]>(host, 'claims.history', { id: claim.id });
  const ratingChanges = history.filter((entry) => entry.action === 'verdict');
  // The rating once, then the conclusion as it autosaved: never a rating per typed letter.
  expect(ratingChanges.length).toBeLessThan(5);

  // Undo, from the keyboard, steps back through the audit log one change at a time.
  await page.getByRole('textbox', { name: 'Claimant' }).fill('Mayor Ines Okafor');
  await page.getByRole('textbox', { name: 'Claimant' }).press('Tab');
  await workbench.waitUntilSaved();
  await page.keyboard.press('Control+Alt+Z');
  await expect(page.getByRole('textbox', { name: 'Claimant' })).toHaveValue(claim.claimant);
  await workbench.waitUntilSaved();
  expect((await api<Claim>(host, 'claims.get', { id: claim.id })).claimant).toBe(claim.claimant);
  for (let step = 0; step < ratingChanges.length; step++) {
    await page.keyboard.press('Control+Alt+Z');
    await workbench.waitUntilSaved();
  }
  expect((await api<Claim>(host, 'claims.get', { id: claim.id })).verdict).toBeNull();
  await expect(ratings.getByRole('radio', { name: 'Not rated' })).toBeChecked();
});

test('the command palette finds and runs commands; F1 and ? open the shortcut sheet built from the registry', async ({
  page,
  host,
}) => {
  const { workbench } = await openSample(page, host);
  await page.locator('body').press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Mark claim/ })).toContainText('Ctrl+Shift+M');
  await expect(sheet.getByRole('row', { name: /Next claim needing review/ })).toContainText(
    'Alt+F8',
  );
  await saveScreenshot(page, 'keyboard-shortcut-sheet');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await workbench.clickQuote('ridership');
  await page.keyboard.press('F1');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox', { name: 'Command' })).toBeFocused();
  await page.keyboard.type('dark theme');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await saveScreenshot(page, 'keyboard-command-palette');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Next claim (F8) selects the claim; "Edit text" runs from the palette as from its button.
  await page.locator('body').press('F8');
  await expect(workbench.claimItems().first()).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('edit text');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('text-mode')).toContainText('Editing the text');
});

test('claims needing review are counted in the status bar and the library, and Alt+F8 goes to the next one', async ({
  page,
  host,
}) => {
  const { workbench, article } = await openSample(page, host);
  await expect(page.getByTestId('review-count')).toHaveCount(0);
  await new ReviewPage(page).loadNewVersion(
    article.text.replace("ridership on the city's harbour ferries had fallen by half", 'x'),
  );
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(page.getByTestId('review-count')).toHaveText('1 needs review');
  await expect(page.getByTestId('library-review-count')).toHaveText('1 needs review');
  await expect(workbench.claimItems().first()).toHaveAttribute('aria-pressed', 'false');
  await page.locator('body').press('Alt+F8');
  await expect(workbench.claimItems().first()).toHaveAttribute('aria-pressed', 'true');
});
