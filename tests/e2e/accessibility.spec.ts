import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src-main/core/model';
import type { HostProcess } from './fixtures';
import { api, expect, repoRoot, saveScreenshot, startHostProcess, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { ReviewPage } from './pages/ReviewPage';
import { SearchPage } from './pages/SearchPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

test.describe.configure({ timeout: 240_000 });

const themes = ['light', 'dark'] as const;
type Theme = (typeof themes)[number];

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on what is shown now, prints how many violations of each impact it found, and
 * fails on any serious or critical one (with the rule, the element and axe's explanation).
 */
async function checkScreen(
  page: Page,
  screen: string,
  theme: Theme,
  /** Only the part that changed since the whole window was checked (axe is slow on 2 cores). */
  region?: string,
): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  const results = await (region ? builder.include(region) : builder).analyze();
  const count = (impact: string) =>
    results.violations
      .filter((v) => v.impact === impact)
      .reduce((sum, v) => sum + v.nodes.length, 0);
  console.log(
    `axe ${screen} (${theme}): ${count('critical')} critical, ${count('serious')} serious, ` +
      `${count('moderate')} moderate, ${count('minor')} minor; ` +
      `${results.incomplete.reduce((sum, v) => sum + v.nodes.length, 0)} for a person to check`,
  );
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    );
  expect(blocking, `${screen} in the ${theme} theme`).toEqual([]);
}

async function setTheme(host: HostProcess, theme: Theme) {
  await api(host, 'preferences.set', { patch: { theme } });
}

async function closePanel(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.locator('.panel')).toHaveCount(0);
}

for (const theme of themes) {
  test(`every screen and panel passes axe's WCAG 2.2 AA rules in the ${theme} theme`, async ({
    page,
    host,
  }) => {
    await setTheme(host, theme);
    const workbench = new WorkbenchPage(page);
    await workbench.open(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await checkScreen(page, 'workbench', theme);

    await workbench.claimItems().first().click();
    await expect(page.getByRole('region', { name: 'Claim inspector' })).toBeVisible();
    await checkScreen(page, 'inspector', theme, '.claims-pane');

    for (const [screen, button] of [
      ['export', 'Export report…'],
      ['new version', 'New version…'],
      ['training', 'Training…'],
      ['import annotations', 'Import annotations…'],
      ['preferences', 'Preferences'],
      ['new article', '+ New'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(page.locator('.panel')).toBeVisible();
      await checkScreen(page, screen, theme, '.article-pane');
      await closePanel(page);
    }

    // Search (Ctrl+K): the fact-check import with its result, grouped results with marked
    // words, and an imported fact check opened from them.
    const search = new SearchPage(page);
    await search.open();
    await search.importFactChecks(join(repoRoot, 'tests/fixtures/factchecks/datafeed.json'));
    await expect(search.importResult).toContainText('skipped');
    await checkScreen(page, 'fact-check import', theme, '.article-pane');
    await closePanel(page);
    await search.open();
    await search.query.fill('ferries');
    await expect(search.group('Fact checks').getByRole('option')).toHaveCount(1);
    await expect(search.results).toHaveAttribute('aria-busy', 'false');
    await checkScreen(page, 'search', theme, '.article-pane');
    await search.group('Fact checks').getByRole('option').click();
    await expect(page.getByRole('region', { name: 'Imported fact check' })).toBeVisible();
    await checkScreen(page, 'fact check', theme, '.article-pane');
    await closePanel(page);

    await page.keyboard.press('Control+Shift+P');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    await checkScreen(page, 'command palette', theme, 'dialog');
    await page.keyboard.press('Escape');
    await page.locator('body').press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await checkScreen(page, 'shortcut sheet', theme, 'dialog');
    await page.keyboard.press('Escape');

    // The review queue: a new version in which the claim's words are gone.
    const [listed] = await api<{ id: number }[]>(host, 'articles.list', {});
    const article = await api<Article>(host, 'articles.get', { id: listed?.id });
    await new ReviewPage(page).loadNewVersion(
      article.text.replace("ridership on the city's harbour ferries had fallen by half", 'x'),
    );
    await expect(page.getByRole('region', { name: 'Needs review' })).toBeVisible();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await checkScreen(page, 'review queue', theme, '.claims-pane');

    const importer = new ImportPage(page);
    await importer.chooseFile(
      'notes.txt',
      'text/plain',
      Buffer.from('Ferry crossings fell by a third.\n\nThe council will vote in March.\n'),
    );
    await expect(page.locator('.import-preview, .panel').first()).toBeVisible();
    await checkScreen(page, 'import preview', theme, '.article-pane');
    await saveScreenshot(page, `a11y-import-preview-${theme}`);
  });
}

test('the recovery screen passes axe in both themes', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'factdesk-e2e-a11y-'));
  writeFileSync(join(dataDir, 'factdesk.sqlite'), Buffer.from('Not a database. '.repeat(400)));
  const running = await startHostProcess(dataDir);
  try {
    await page.goto(running.url);
    await expect(
      page.getByRole('heading', { name: 'Factdesk could not open your data' }),
    ).toBeVisible();
    for (const theme of themes) {
      // No preferences can be read from a damaged database: the theme is set as they would set it.
      await page.evaluate(
        (value) => document.documentElement.setAttribute('data-theme', value),
        theme,
      );
      await checkScreen(page, 'recovery', theme);
    }
  } finally {
    running.process.kill('SIGTERM');
    await new Promise((done) => running.process.once('exit', done));
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('at 200% zoom (720 × 450 CSS pixels) the text keeps at least half the height, in both themes', async ({
  page,
  host,
}) => {
  for (const theme of themes) {
    await setTheme(host, theme);
    await page.setViewportSize({ width: 720, height: 450 });
    const workbench = new WorkbenchPage(page);
    await workbench.open(await host.signInUrl());
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const editor = await workbench.editor.boundingBox();
    expect(editor?.height ?? 0).toBeGreaterThanOrEqual(450 / 2);
    // Nothing scrolls the page itself: every pane fits in the window.
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth - window.innerWidth,
      y: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(overflow).toEqual({ x: 0, y: 0 });
    await saveScreenshot(page, `zoom-200-${theme}`);
    // The claims open as a drawer; Escape in the text goes there too.
    await workbench.clickQuote('ridership');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary', { name: 'Claims' })).toBeVisible();
    await expect(workbench.claimItems().first()).toBeFocused();
    await saveScreenshot(page, `zoom-200-claims-${theme}`);
  }
});
