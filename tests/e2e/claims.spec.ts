import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/contract/methods';
import type { HostProcess } from './fixtures';
import { expect, saveScreenshot, test } from './fixtures';
import { ClaimInspectorPage } from './pages/ClaimInspectorPage';
import { SourcesPage } from './pages/SourcesPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

const articleTitle = 'Governor faces questions over Caribbean boat strikes';
const articleText = [
  'Days after the defence ministry announced a fourth round of strikes on boats it says carry drugs, opposition lawmakers accused the governor, without evidence, of ordering the strikes to distract from a corruption inquiry.',
  '',
  'The ministry defends the operation, a campaign that has killed at least 110 people since September, as lawful and necessary. Families of fishermen dispute that account.',
].join('\n');

const archivedHtml =
  '<!doctype html><title>Statement</title><p>Strikes have killed 112 people since 2 September.</p>\n';

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

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The border colours Monaco draws under the words of a quote (one per distinct colour). */
async function highlightColours(workbench: WorkbenchPage, quote: string): Promise<string[]> {
  return workbench.editor.evaluate((host, wanted) => {
    const colours = new Set<string>();
    for (const span of host.querySelectorAll<HTMLElement>('.view-lines span')) {
      if (!/\bfd-claim-[0-9a-f]{6}-d\d\b/.test(span.className)) continue;
      const text = (span.textContent ?? '').replace(/\u00a0/g, ' ');
      if (text.trim().length >= 3 && wanted.includes(text)) {
        colours.add(getComputedStyle(span).borderBottomColor);
      }
    }
    return [...colours];
  }, quote);
}

test.describe('checking claims', () => {
  // One continuous checking session, reload included; on a busy two-core machine it takes longer
  // than the default minute.
  test.describe.configure({ timeout: 180_000 });
  let tempDir = '';
  test.beforeEach(() => {
    tempDir = mkdtempSync(join(tmpdir(), 'factdesk-claims-'));
  });
  test.afterEach(() => {
    rmSync(tempDir, { recursive: true, force: true });
  });

  test('marks two claims, records claimant, verdict, conclusion and an archived source, and keeps them across a reload', async ({
    page,
    host,
  }) => {
    await api(host, 'preferences.set', { patch: { checkerName: 'A. Ramos' } });
    const article = await api(host, 'articles.create', {
      text: articleText,
      meta: { title: articleTitle, outlet: 'Wire service', publishedAt: '2025-10-20' },
    });
    const standard = (await api(host, 'scales.list', {})).find((s) => s.id === 'standard');
    const colourOf = (label: string) => {
      const rating = standard?.ratings.find((r) => r.label === label);
      if (!rating) throw new Error(`no rating ${label} on the standard scale`);
      return rgb(rating.colour);
    };
    const archivedFile = join(tempDir, 'southcom-statement.html');
    writeFileSync(archivedFile, archivedHtml);
    const archivedHash = createHash('sha256').update(archivedHtml).digest('hex');

    const workbench = new WorkbenchPage(page);
    const inspector = new ClaimInspectorPage(page);
    const sources = new SourcesPage(page);
    await workbench.open(await host.signInUrl());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(articleTitle);

    // Claim 1, marked with the keyboard shortcut: the cursor lands in Claimant.
    await workbench.selectInEditor('without evidence');
    await page.keyboard.press('Control+Shift+M');
    await expect(workbench.claimItems()).toHaveCount(1);
    await expect(inspector.quote).toHaveText('without evidence');
    await expect(inspector.claimant).toBeFocused();
    await page.keyboard.type('Reuters (reporter’s characterisation)');
    await inspector.kind.selectOption({ label: 'Attribution' });
    await inspector.claimDate.fill('2025-10-18');
    await inspector.pickRating('True');
    await expect
      .poll(() => highlightColours(workbench, 'without evidence'))
      .toEqual([colourOf('True')]);
    await inspector.writeConclusion(
      'The lawmakers’ statement offers **no documents or witnesses**; see the [transcript](https://example.org/transcript). <img src=x onerror=alert(1)>',
    );
    const conclusionPreview = await inspector.preview('Conclusion');
    await expect(conclusionPreview.locator('strong')).toHaveText('no documents or witnesses');
    await expect(conclusionPreview.getByRole('link', { name: 'transcript' })).toHaveAttribute(
      'href',
      'https://example.org/transcript',
    );
    await expect(conclusionPreview.locator('img')).toHaveCount(0);
    await expect(conclusionPreview).toContainText('<img src=x onerror=alert(1)>');
    await inspector.edit('Conclusion');

    // Only web addresses open; anything else is refused with a plain notice.
    await inspector.appearanceUrl.fill('javascript:alert(1)');
    await inspector.openAppearance.click();
    await expect(page.getByRole('alert').filter({ hasText: 'Only web addresses' })).toBeVisible();
    await inspector.appearanceUrl.fill('https://example.org/lawmakers-statement');
    await inspector.appearanceUrl.blur();

    // Claim 2, marked with the toolbar button; its rating is picked with its keyboard letter.
    await workbench.selectInEditor('at least 110 people');
    await page.getByRole('button', { name: 'Mark claim', exact: true }).click();
    await expect(workbench.claimItems()).toHaveCount(2);
    await expect(inspector.quote).toHaveText('at least 110 people');
    await expect(inspector.claimant).toBeFocused();
    await inspector.claimant.fill('Defence ministry');
    await inspector.kind.selectOption({ label: 'Numeric' });
    await inspector.status.selectOption({ label: 'In progress' });
    await inspector.tags.fill('casualties, Caribbean');
    await inspector.tags.blur();
    await inspector.pressRatingLetter('m');
    await expect(inspector.rating('Mostly true')).toBeChecked();
    // The letter moves on to the conclusion, so the sentence typed next picks no more ratings.
    await expect(inspector.conclusion).toBeFocused();
    await expect
      .poll(() => highlightColours(workbench, 'at least 110 people'))
      .toEqual([colourOf('Mostly true')]);
    await inspector.writeConclusion(
      'The military’s own statement counts 112 deaths, so “at least 110” holds; the exact toll is unverified.',
    );
    await sources.addSource({
      url: 'https://www.southcom.mil/News/strikes-statement',
      title: 'SOUTHCOM statement on maritime strikes',
      publisher: 'US Southern Command',
      kind: 'Official statement',
      stance: 'Supports',
      excerpt: 'Strikes have killed 112 people since 2 September.',
      file: archivedFile,
    });
    const sourceTitle = 'SOUTHCOM statement on maritime strikes';
    await expect(sources.archiveStatus(sourceTitle)).toContainText(
      'Archived copy: southcom-statement.html',
    );
    await expect(sources.shortHash(sourceTitle)).toHaveText(
      `SHA-256 ${archivedHash.slice(0, 12)}…`,
    );

    // The copy opens from the archive and is verified against its SHA-256.
    const archiveRequest = page
      .context()
      .waitForEvent('request', (request) => request.url().includes('/archive/'));
    const popup = page.waitForEvent('popup');
    await sources.openCopyButton(sourceTitle).click();
    expect((await archiveRequest).url()).toMatch(/\/archive\/\d+$/);
    await expect(sources.citedSource(sourceTitle).getByRole('status')).toContainText('Intact');
    await (await popup).close();

    await sources.root.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'claims-inspector-sources');
    await inspector.root.evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'claims-inspector-verdict');

    // Claim 1 reuses the same source from the library.
    await workbench.claimItems().first().click();
    await expect(inspector.quote).toHaveText('without evidence');
    await sources.citeFromLibrary('southern command', sourceTitle);
    await sources.citedSource(sourceTitle).getByLabel('Stance').selectOption({ label: 'Context' });

    // Everything has reached the database before the page goes away.
    await expect
      .poll(async () =>
        (await api(host, 'claims.list', { articleId: article.id })).map((c) => ({
          claimant: c.claimant,
          rating: c.verdict?.ratingKey,
          hasConclusion: (c.verdict?.conclusion ?? '') !== '',
          sources: c.sources.map((s) => [s.stance, s.source.archive?.sha256]),
          url: c.appearanceUrl,
        })),
      )
      .toEqual([
        {
          claimant: 'Reuters (reporter’s characterisation)',
          rating: 'true',
          hasConclusion: true,
          sources: [['context', archivedHash]],
          url: 'https://example.org/lawmakers-statement',
        },
        {
          claimant: 'Defence ministry',
          rating: 'mostly-true',
          hasConclusion: true,
          sources: [['supports', archivedHash]],
          url: '',
        },
      ]);
    await workbench.waitUntilSaved();

    await page.reload();
    await expect(workbench.editor.locator('.view-lines')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(articleTitle);
    await expect(workbench.claimItems()).toHaveCount(2);
    await expect
      .poll(() => highlightColours(workbench, 'without evidence'))
      .toEqual([colourOf('True')]);
    await expect
      .poll(() => highlightColours(workbench, 'at least 110 people'))
      .toEqual([colourOf('Mostly true')]);

    await workbench.claimItems().first().click();
    await expect(inspector.claimant).toHaveValue('Reuters (reporter’s characterisation)');
    await expect(inspector.claimDate).toHaveValue('2025-10-18');
    await expect(inspector.kind).toHaveValue('attribution');
    await expect(inspector.appearanceUrl).toHaveValue('https://example.org/lawmakers-statement');
    await expect(inspector.rating('True')).toBeChecked();
    await expect(inspector.conclusion).toHaveValue(/no documents or witnesses/);
    await expect(sources.citedSource(sourceTitle).getByLabel('Stance')).toHaveValue('context');

    await workbench.claimItems().nth(1).click();
    await expect(inspector.claimant).toHaveValue('Defence ministry');
    await expect(inspector.status).toHaveValue('in_progress');
    await expect(inspector.tags).toHaveValue('casualties, Caribbean');
    await expect(inspector.rating('Mostly true')).toBeChecked();
    await expect(inspector.conclusion).toHaveValue(/counts 112 deaths/);
    await expect(sources.cited).toHaveCount(1);
    await expect(sources.citedSource(sourceTitle)).toContainText('US Southern Command');
    await expect(sources.citedSource(sourceTitle).getByLabel('Stance')).toHaveValue('supports');
    await expect(sources.citedSource(sourceTitle).getByLabel('Excerpt relied on')).toHaveValue(
      'Strikes have killed 112 people since 2 September.',
    );
    await expect(sources.shortHash(sourceTitle)).toHaveAttribute(
      'title',
      `SHA-256 ${archivedHash}`,
    );

    const history = await inspector.historyEntries();
    expect(history[history.length - 1]).toMatch(
      /^Marked the claim A\. Ramos · .* Quote: at least 110 people$/,
    );
    expect(history).toContainEqual(
      expect.stringMatching(/Edited the claim .*Claimant: \(empty\) → Defence ministry/),
    );
    expect(history).toContainEqual(
      expect.stringMatching(/Edited the claim .*Status: Unchecked → In progress/),
    );
    expect(history).toContainEqual(
      expect.stringMatching(/Set the verdict .*Rating: — → Mostly true/),
    );
    expect(history).toContainEqual(
      expect.stringMatching(/Cited a source .*Source: SOUTHCOM statement on maritime strikes/),
    );
    await inspector.history.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'claims-after-reload-history');

    // A change made now shows up in the history straight away.
    await inspector.status.selectOption({ label: 'Done' });
    await expect(inspector.history.locator('.history-entry').first()).toContainText(
      'Status: In progress → Done',
    );
  });

  test('on the conclusion-only scale the verdict is a conclusion alone, and notes preview as Markdown', async ({
    page,
    host,
  }) => {
    await api(host, 'preferences.set', { patch: { defaultScaleId: 'conclusion-only' } });
    const workbench = new WorkbenchPage(page);
    const inspector = new ClaimInspectorPage(page);
    await workbench.open(await host.signInUrl());
    await workbench.claimItems().first().click();
    await expect(inspector.claimant).toHaveValue('Mayor Helen Okafor');

    await expect(inspector.ratings).toHaveCount(0);
    await inspector.writeConclusion('Ridership fell by **38%**, not by half.');
    const notes = await inspector.preview('Notes');
    await expect(notes).toContainText('An example claim.');
    await expect(inspector.notes).toHaveCount(0);
    await inspector.edit('Notes');
    await expect(inspector.notes).toBeVisible();

    const [claim] = await api(host, 'claims.list', {
      articleId: (await api(host, 'app.info', {})).firstArticleId ?? 0,
    });
    await expect
      .poll(async () => (await api(host, 'claims.get', { id: claim?.id ?? 0 })).verdict)
      .toMatchObject({
        scaleId: 'conclusion-only',
        ratingKey: null,
        conclusion: 'Ridership fell by **38%**, not by half.',
      });
    expect(await inspector.historyEntries()).toContainEqual(
      expect.stringMatching(
        /^Set the verdict .*Conclusion: — → Ridership fell by \*\*38%\*\*, not by half\.$/,
      ),
    );
  });
});
