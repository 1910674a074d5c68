import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/contract/methods';
import type { HostProcess } from './fixtures';
import { expect, repoRoot, saveScreenshot, test } from './fixtures';
import { ClaimInspectorPage } from './pages/ClaimInspectorPage';
import { SearchPage } from './pages/SearchPage';
import { SourcesPage } from './pages/SourcesPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

async function api<M extends MethodName>(
  host: HostProcess,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: host.cookie },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as
    { ok: true; value: MethodOutput<M> } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

const earlierQuote = 'a campaign that has killed at least 110 people since September';
const earlierText = [
  'Ministry defends boat strikes',
  '',
  `The ministry defends the operation, ${earlierQuote}, as lawful and necessary. Families of fishermen in Bogotá dispute that account.`,
  '',
  'Separately, the governor said unemployment fell to 4 percent last year.',
].join('\n');

const rewordedQuote = 'the strikes have killed at least 110 people since September';
const laterText = [
  'Opposition questions Caribbean strikes',
  '',
  `Opposition lawmakers said ${rewordedQuote}. A spokesman said the campaign had killed 11 people in Bogota.`,
  '',
  'Harbour officials said ferries run 40 times a day between the islands.',
].join('\n');

/** The "N% alike" figure a match shows. */
async function alikeness(match: Locator): Promise<number> {
  const text = await match.locator('.similar-score').innerText();
  return Number(/(\d+)% alike/.exec(text)?.[1] ?? NaN);
}

/** Two articles: an earlier one with a checked claim (and a near-miss), and a later one. */
async function seedDesk(host: HostProcess) {
  await api(host, 'preferences.set', { patch: { checkerName: 'A. Ramos' } });
  const earlier = await api(host, 'articles.create', {
    text: earlierText,
    meta: { title: 'Ministry defends boat strikes', outlet: 'Wire service' },
  });
  const checked = await api(host, 'claims.create', {
    articleId: earlier.id,
    start: earlierText.indexOf(earlierQuote),
    end: earlierText.indexOf(earlierQuote) + earlierQuote.length,
  });
  await api(host, 'verdicts.set', {
    claimId: checked.id,
    ratingKey: 'mostly-true',
    conclusion: 'Ministry figures and NGO counts agree on 110.',
  });
  const unemployment = 'unemployment fell to 4 percent last year';
  const other = await api(host, 'claims.create', {
    articleId: earlier.id,
    start: earlierText.indexOf(unemployment),
    end: earlierText.indexOf(unemployment) + unemployment.length,
  });
  await api(host, 'verdicts.set', { claimId: other.id, ratingKey: 'false', conclusion: '' });
  const later = await api(host, 'articles.create', {
    text: laterText,
    meta: { title: 'Opposition questions Caribbean strikes', outlet: 'Daily Mirror' },
  });
  return { earlier, checked, other, later };
}

test.describe('search and "Checked before?"', () => {
  test.describe.configure({ timeout: 150_000 });

  test('Ctrl+K finds claims, articles and fact checks, takes any typed text, filters by verdict, and opens a claim in its article', async ({
    page,
    host,
  }) => {
    const { earlier, checked } = await seedDesk(host);
    const workbench = new WorkbenchPage(page);
    const inspector = new ClaimInspectorPage(page);
    const search = new SearchPage(page);
    await workbench.open(host.url);

    // Both are commands of the registry: the shortcut sheet and the palette list them.
    await page.locator('body').press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet.getByRole('row', { name: /Search everything/ })).toContainText('Ctrl+K');
    await expect(sheet.getByRole('row', { name: /Import fact checks/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('fact checks');
    await page.keyboard.press('Enter');
    await expect(search.importPanel).toBeVisible();
    await search.importPanel.getByRole('button', { name: 'Close Import fact checks' }).click();

    // A feed of another desk's fact checks, imported from the search panel.
    await search.open();
    await search.importFactChecks(join(repoRoot, 'tests/fixtures/factchecks/datafeed.json'));
    await expect(search.importResult).toContainText('datafeed.json: 2 new, 0 updated, 3 skipped.');
    await expect(search.importResult).toContainText('Item 2: no review URL (url)');
    await search.importPanel.getByRole('button', { name: 'Close Import fact checks' }).click();
    await expect(search.importPanel).toBeHidden();

    await search.open();
    await search.query.pressSequentially('killed 110');
    await expect(search.group('Claims').getByRole('option')).toHaveCount(1);
    await expect(search.group('Claims').getByRole('option')).toContainText('Mostly true');
    await expect(search.group('Claims').locator('mark')).toHaveText(['killed', '110']);
    await expect(search.group('Articles').getByRole('option')).toHaveCount(2);
    await saveScreenshot(page, 'search-panel');

    // Accents are folded: "Bogota" finds "Bogotá".
    await search.query.fill('Bogota fishermen');
    await expect(search.group('Articles').getByRole('option')).toContainText([
      'Ministry defends boat strikes',
    ]);
    await expect(search.group('Articles').locator('mark')).toHaveText(['fishermen', 'Bogotá']);

    // Fact checks from the imported feed, with their rating.
    await search.query.fill('ferries');
    await expect(search.group('Fact checks').getByRole('option')).toHaveCount(1);
    await expect(search.group('Fact checks').getByRole('option')).toContainText('Mostly false');

    // Whatever is typed, including FTS5 syntax, gives results or "Nothing found", never an error.
    for (const hostile of [
      '"killed',
      'NEAR(killed 110',
      'killed*',
      'exact: killed',
      '((110',
      '-',
      '"',
      'AND OR NOT',
      '^killed',
      'killed) OR (1=1',
    ]) {
      await search.query.fill(hostile);
      await expect(search.outcome).toBeVisible();
      await expect(search.panel.getByRole('alert')).toHaveCount(0);
    }
    await search.query.fill('"at least 110" -unemployment');
    await expect(search.group('Claims').getByRole('option')).toHaveCount(1);

    // The verdict filter keeps only claims rated False.
    await search.query.fill('unemployment');
    await expect(search.group('Claims').getByRole('option')).toHaveCount(1);
    await search.filter('Verdict').selectOption({ label: 'Mostly true' });
    await expect(search.panel.getByRole('status')).toHaveText(/Nothing found/);
    await search.filter('Verdict').selectOption({ label: 'False' });
    await expect(search.group('Claims').getByRole('option')).toHaveCount(1);
    await search.filter('Verdict').selectOption({ label: 'Any' });

    // Enter opens the active result in place: the claim is selected in its article. Pressed
    // at once, before the results of the words just typed are shown, it opens one of those,
    // not the claim still shown from the search before.
    await search.query.fill('killed 110');
    await search.query.press('Enter');
    await expect(search.panel).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(earlier.title);
    await expect(inspector.quote).toHaveText(checked.exact);
    await expect(inspector.heading).toHaveText('Claim 1');
  });

  test('marking a claim that rewords an earlier check shows its verdict first, and cites it as a context source', async ({
    page,
    host,
  }) => {
    const { later, checked } = await seedDesk(host);
    const workbench = new WorkbenchPage(page);
    const inspector = new ClaimInspectorPage(page);
    const sources = new SourcesPage(page);
    await workbench.open(host.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(later.title);

    const checkedBefore = inspector.root.getByRole('region', { name: 'Checked before?' });
    const matches = checkedBefore.getByRole('listitem').filter({ hasText: '% alike' });

    // A near-miss: the same words with another number is shown with the difference spelled out.
    const nearMiss = 'the campaign had killed 11 people';
    await workbench.selectInEditor(nearMiss);
    await page.keyboard.press('Control+Shift+M');
    await expect(inspector.quote).toHaveText(nearMiss);
    await expect(matches.first()).toContainText(checked.exact);
    await expect(matches.first()).toContainText('Different numbers: “110” there, “11” here.');
    const nearMissScore = await alikeness(matches.first());

    await workbench.selectInEditor(rewordedQuote);
    await page.keyboard.press('Control+Shift+M');
    await expect(inspector.quote).toHaveText(rewordedQuote);
    await expect(matches.first()).not.toContainText('Different numbers');
    await expect(matches.first()).toContainText(checked.exact);
    await expect(matches.first()).toContainText('Mostly true');
    await expect(matches.first()).toContainText('Checked by A. Ramos');
    expect(await alikeness(matches.first())).toBeGreaterThan(nearMissScore);
    // Suggested only: nothing is cited until the checker asks.
    await expect(sources.cited).toHaveCount(0);
    await checkedBefore.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'checked-before');

    await matches.first().getByRole('button', { name: 'Cite as source' }).click();
    await expect(matches.first()).toContainText('Cited ✓');
    await expect(sources.cited).toHaveCount(1);
    await expect(sources.cited.first()).toContainText('Earlier check (claim');
    await expect(sources.cited.first().getByLabel('Stance')).toHaveValue('context');
    await expect
      .poll(async () => {
        const claims = await api(host, 'claims.list', { articleId: later.id });
        const reworded = claims.find((claim) => claim.exact === rewordedQuote);
        return reworded?.sources.map((s) => [s.stance, s.excerpt.replace(/ on \d{4}-.*$/su, '')]);
      })
      .toEqual([['context', 'Rated “Mostly true” by A. Ramos']]);

    // "Open" goes to the earlier claim in its own article.
    await matches.first().getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Ministry defends boat strikes',
    );
    await expect(inspector.quote).toHaveText(checked.exact);

    // Ctrl+K works from inside the editor too, where Monaco would take it for a key chord.
    await workbench.clickQuote('Families of fishermen');
    await page.keyboard.press('Control+k');
    await expect(new SearchPage(page).query).toBeFocused();
  });
});
