import { api, expect, expectConsoleErrors, saveScreenshot, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { LibraryPage } from './pages/LibraryPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

const SAMPLE_TITLE = 'Port Alder mayor defends ferry cuts as ridership figures are disputed';

const pastedText = [
  'The Riverside council voted on Tuesday to close two libraries, a decision the mayor said was taken without evidence of falling demand.',
  'Opponents said at least 110 people use the Eastgate branch every day.',
].join('\n\n');

const savedNewsPage = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour board admits pilot shortage | The Coastal Ledger</title>
  <meta property="og:title" content="Harbour board admits pilot shortage delayed 40 ships">
  <meta property="og:site_name" content="The Coastal Ledger">
  <meta name="author" content="Mara Okafor">
  <meta property="article:published_time" content="2024-03-05T08:30:00Z">
  <link rel="canonical" href="https://coastal-ledger.example/news/pilot-shortage">
  <script>window.trackingPixel = 'Tracking code that must never reach the article';</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/subscribe">Subscribe to our newsletter</a></nav>
  <main>
    <article>
      <h1>Harbour board admits pilot shortage delayed 40 ships</h1>
      <p class="byline">By Mara Okafor</p>
      <p>The harbour board confirmed on Monday that a shortage of licensed pilots delayed at least 40 ships in February, after weeks of denials from its chair.</p>
      <p>In a statement, the board said that only six of its eleven pilot posts were filled, and that overtime had been capped since January because of the budget.</p>
      <p>Shipping agents had complained that vessels waited up to three days at anchor. The chair, Lena Brandt, had told the council in January that waiting times were "normal for the season" and that there was no evidence of a staffing problem.</p>
      <p>The board now says it will recruit four pilots by the summer and has asked a neighbouring port to lend two experienced pilots until then.</p>
      <p>Independent analysts said the delays had cost local businesses an estimated 1.2 million euros, though the board disputes the figure.</p>
    </article>
  </main>
  <footer>Copyright The Coastal Ledger. All rights reserved. Cookie settings.</footer>
  <script>document.body.dataset.loaded = 'Analytics script body';</script>
</body>
</html>`;

test('a pasted article with its details appears in the library, opens, and survives a reload', async ({
  page,
  host,
}) => {
  const workbench = new WorkbenchPage(page);
  const library = new LibraryPage(page);
  await workbench.open(await host.signInUrl());

  await library.createArticle(pastedText, {
    title: 'Riverside to close two libraries',
    outlet: 'Riverside Courier',
    author: 'J. Mensah',
    publishedAt: '2024-05-14',
    language: 'en',
  });

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Riverside to close two libraries',
  );
  await expect(page.locator('.byline')).toHaveText('Riverside Courier · J. Mensah · 2024-05-14');
  await expect
    .poll(() => workbench.editorText())
    .toContain('at least 110 people use the Eastgate branch');
  await expect(library.openButtonFor('Riverside to close two libraries')).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(library.items()).toHaveCount(2);

  // The article's details stay editable after it is created, and are saved as they are typed.
  await page.getByRole('button', { name: 'Details' }).click();
  const details = page.getByRole('region', { name: 'Article details' });
  await details.getByLabel('Outlet').fill('The Riverside Courier');
  await details
    .getByLabel('Methodology note (Markdown)')
    .fill('Checked against the council minutes.');
  // Leaving the field saves at once, rather than after the typing pause.
  await page.keyboard.press('Tab');
  await workbench.waitUntilSaved();

  await page.reload();
  await expect(library.items()).toHaveCount(2);
  await library.openButtonFor('Riverside to close two libraries').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Riverside to close two libraries',
  );
  await expect(page.locator('.byline')).toHaveText(
    'The Riverside Courier · J. Mensah · 2024-05-14',
  );
  await page.getByRole('button', { name: 'Details' }).click();
  await expect(details.getByLabel('Methodology note (Markdown)')).toHaveValue(
    'Checked against the council minutes.',
  );
  expect(await workbench.editorText()).toContain('without evidence of falling demand');
});

test('rich text pasted into New keeps its paragraphs and never runs its HTML', async ({
  page,
  host,
}) => {
  const workbench = new WorkbenchPage(page);
  const library = new LibraryPage(page);
  await workbench.open(await host.signInUrl());
  await library.newButton.click();
  const textArea = library.newPanel.getByLabel('Article text');

  await textArea.evaluate((element) => {
    const clipboard = new DataTransfer();
    clipboard.setData(
      'text/html',
      '<meta charset="utf-8"><h1>Ferry fares rise</h1><p>Fares rise by <b>12%</b> in May.</p>' +
        '<div>The operator blamed fuel.<br>Unions disagree.</div><script>window.pasted = 1</script>' +
        '<img src="x" onerror="window.pasted = 2"><ul><li>Route A</li><li>Route B</li></ul>',
    );
    clipboard.setData('text/plain', 'Ferry fares rise Fares rise by 12% in May.');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
    );
  });

  await expect(textArea).toHaveValue(
    'Ferry fares rise\n\nFares rise by 12% in May.\n\nThe operator blamed fuel.\nUnions disagree.\n\nRoute A\n\nRoute B',
  );
  expect(await page.evaluate(() => (window as { pasted?: number }).pasted)).toBeUndefined();
});

test('a saved web page opens through Open, previews clean text and metadata, and imports with the edited title', async ({
  page,
  host,
}) => {
  const workbench = new WorkbenchPage(page);
  const library = new LibraryPage(page);
  const importer = new ImportPage(page);
  await workbench.open(await host.signInUrl());

  await importer.chooseFile('pilot-shortage.html', 'text/html', Buffer.from(savedNewsPage));

  await expect(importer.preview).toBeVisible();
  await expect(importer.preview).toContainText('Saved web page');
  const text = await importer.text.inputValue();
  expect(text).toContain('a shortage of licensed pilots delayed at least 40 ships');
  expect(text).toContain('recruit four pilots by the summer');
  for (const unwanted of [
    'Subscribe to our newsletter',
    'All rights reserved',
    'Tracking code',
    'Analytics script',
  ]) {
    expect(text).not.toContain(unwanted);
  }
  await expect(importer.field('Title')).toHaveValue(
    'Harbour board admits pilot shortage delayed 40 ships',
  );
  await expect(importer.field('Author')).toHaveValue('Mara Okafor');
  await expect(importer.field('URL')).toHaveValue(
    'https://coastal-ledger.example/news/pilot-shortage',
  );
  await expect(importer.field('Published')).toHaveValue(/^2024-03-05/);
  await saveScreenshot(page, 'import-preview-light');

  await importer.field('Title').fill('Pilot shortage delayed 40 ships, harbour board admits');
  await importer.text.press('Control+End');
  await importer.text.pressSequentially('\n\nEditor’s note: added in the preview.');
  await importer.importButton.click();

  await expect(importer.preview).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Pilot shortage delayed 40 ships, harbour board admits',
  );
  await expect(library.openButtonFor('Pilot shortage delayed 40 ships')).toHaveAttribute(
    'aria-current',
    'true',
  );
  await workbench.waitUntilSaved();
  const articles = await api<{ id: number; title: string }[]>(host, 'articles.list');
  const imported = articles.find((a) => a.title.startsWith('Pilot shortage'));
  if (!imported) throw new Error('the imported article is not in the library');
  const saved = await api<{ text: string; author: string }>(host, 'articles.get', {
    id: imported.id,
  });
  expect(saved.author).toBe('Mara Okafor');
  expect(saved.text).toContain('Editor’s note: added in the preview.');
  expect(saved.text).not.toContain('Subscribe to our newsletter');
});

test('a file that is not an article is refused in plain words and nothing is saved', async ({
  page,
  host,
  consoleErrors,
}) => {
  const workbench = new WorkbenchPage(page);
  const importer = new ImportPage(page);
  await workbench.open(await host.signInUrl());
  const before = await api<unknown[]>(host, 'articles.list');

  const noise = Buffer.alloc(4096);
  let seed = 7;
  for (let i = 0; i < noise.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    noise[i] = seed >> 16;
  }
  await importer.chooseFile('notes.txt', 'text/plain', noise);

  await expect(importer.error).toContainText('“notes.txt” could not be imported.');
  await expect(importer.error).toContainText('binary data');
  await expect(importer.error).toContainText('Nothing was saved.');
  await expect(
    importer.openPanel.getByRole('button', { name: 'Choose another file…' }),
  ).toBeVisible();
  await saveScreenshot(page, 'import-refused');
  expect(await api<unknown[]>(host, 'articles.list')).toHaveLength(before.length);

  await page.keyboard.press('Escape');
  await expect(importer.openPanel).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE);

  // The browser host answers a refused import with HTTP 400, which Chromium logs on its own.
  expectConsoleErrors(
    consoleErrors,
    /Failed to load resource: the server responded with a status of 400/,
  );
});

test('the library searches by title, deletes after confirmation, and Undo brings the article back', async ({
  page,
  host,
}) => {
  const text = 'Officials said crime fell by 30 percent last year, without evidence.';
  const created = await api<{ id: number }>(host, 'articles.create', {
    text,
    meta: { title: 'Crime figures questioned', outlet: 'Metro Daily', publishedAt: '2024-02-01' },
  });
  const claim = await api<{ id: number }>(host, 'claims.create', {
    articleId: created.id,
    start: text.indexOf('crime fell'),
    end: text.indexOf(' last year'),
  });
  await api(host, 'verdicts.set', {
    claimId: claim.id,
    ratingKey: 'false',
    conclusion: 'The police data shows a rise.',
  });
  const quote = 'without evidence';
  await api(host, 'claims.create', {
    articleId: created.id,
    start: text.indexOf(quote),
    end: text.indexOf(quote) + quote.length,
  });

  const workbench = new WorkbenchPage(page);
  const library = new LibraryPage(page);
  await workbench.open(await host.signInUrl());

  await expect(library.items()).toHaveCount(2);
  await expect(
    library.item('Crime figures questioned').getByRole('img', { name: '1 False, 1 Unchecked' }),
  ).toBeVisible();
  await expect(library.item(SAMPLE_TITLE).getByRole('img', { name: '1 Unchecked' })).toBeVisible();
  await saveScreenshot(page, 'library-light');

  await library.search.fill('ferry');
  await expect(library.items()).toHaveCount(1);
  await expect(library.items()).toContainText(SAMPLE_TITLE);
  await library.search.fill('no such headline');
  await expect(library.items()).toHaveCount(0);
  await expect(library.pane).toContainText('No article title contains “no such headline”.');
  await library.search.fill('');
  await expect(library.items()).toHaveCount(2);

  await library.openButtonFor('Crime figures questioned').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crime figures questioned');
  await expect(workbench.statusBar).toContainText('2 claims: 1 false, 1 unchecked');

  const item = library.item('Crime figures questioned');
  await item.getByRole('button', { name: 'Delete “Crime figures questioned”' }).click();
  await expect(item).toContainText('Delete “Crime figures questioned”? You can undo this.');
  await expect(item.getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
  await item.getByRole('button', { name: 'Keep' }).click();
  await expect(library.items()).toHaveCount(2);

  await library.deleteArticle('Crime figures questioned');
  await expect(library.items()).toHaveCount(1);
  await expect(page.getByText('No article is open.')).toBeVisible();
  const notice = page.locator('.notice').filter({ hasText: 'Deleted “Crime figures questioned”.' });
  await expect(notice).toBeVisible();
  expect(await api<unknown[]>(host, 'articles.list')).toHaveLength(1);

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(library.items()).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crime figures questioned');
  await expect(
    library.item('Crime figures questioned').getByRole('img', { name: '1 False, 1 Unchecked' }),
  ).toBeVisible();
});

test('with the keyboard alone a checker reaches New, fills in the form and creates the article', async ({
  page,
  host,
}) => {
  const workbench = new WorkbenchPage(page);
  const library = new LibraryPage(page);
  await workbench.open(await host.signInUrl());

  const tabTo = async (target: ReturnType<typeof page.getByRole>, limit = 30) => {
    for (let presses = 0; presses < limit; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('Tab never reached the control');
  };

  await tabTo(library.newButton);
  await page.keyboard.press('Enter');
  const textArea = library.newPanel.getByLabel('Article text');
  await expect(textArea).toBeFocused();
  await page.keyboard.type('Typed by keyboard: the bridge carries 9,000 cars a day.');
  await page.keyboard.press('Tab');
  await expect(library.newPanel.getByLabel('Title', { exact: true })).toBeFocused();
  await page.keyboard.type('Bridge traffic claim');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Valley News');

  // Escape closes the panel and keeps the draft; the shortcut brings it back.
  await page.keyboard.press('Escape');
  await expect(library.newPanel).toBeHidden();
  await expect(library.newButton).toBeFocused();
  await page.keyboard.press('Control+Alt+N');
  await expect(library.newPanel.getByLabel('Title', { exact: true })).toHaveValue(
    'Bridge traffic claim',
  );

  await tabTo(library.newPanel.getByRole('button', { name: 'Create article' }));
  await saveScreenshot(page, 'new-article-keyboard');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bridge traffic claim');
  await expect(page.locator('.byline')).toHaveText('Valley News');
  await expect(library.item('Bridge traffic claim')).toBeVisible();
});

test('at 200% zoom the library folds away behind a button and the article stays readable', async ({
  page,
  host,
}) => {
  // 200% zoom of a 1440 × 900 window leaves 720 × 450 CSS pixels.
  await page.setViewportSize({ width: 720, height: 450 });
  const workbench = new WorkbenchPage(page);
  const library = new LibraryPage(page);
  await workbench.open(await host.signInUrl());

  await expect(library.pane).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Library' });
  await toggle.click();
  await expect(library.pane).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await saveScreenshot(page, 'zoom-200-library-open');

  await library.search.press('Escape');
  await expect(library.pane).toBeHidden();
  await saveScreenshot(page, 'zoom-200-article');
});
