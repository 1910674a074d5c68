import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { api, expect, repoRoot, saveScreenshot, test } from './fixtures';
import type { HostProcess } from './fixtures';
import { ImportPage } from './pages/ImportPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

async function importedArticle(host: HostProcess, title: string) {
  const articles = await api<{ id: number; title: string }[]>(host, 'articles.list');
  const article = articles.find((candidate) => candidate.title.startsWith(title));
  if (!article) throw new Error(`no article titled "${title}…" in the library`);
  return api<{ text: string }>(host, 'articles.get', { id: article.id });
}

const fixture = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/importers', name));

test('the preview lists what a web page import left out, and each passage goes back in its place', async ({
  page,
  host,
}) => {
  const workbench = new WorkbenchPage(page);
  const importer = new ImportPage(page);
  await workbench.open(host.url);
  await importer.chooseFile('bus.html', 'text/html', fixture('html-header-dek-byline.html'));

  await expect(importer.preview).toContainText('Kept 852 of 1,110 characters');
  const leftOut = importer.preview.getByRole('list', { name: 'Left-out passages' });
  await expect(leftOut.getByRole('listitem')).toHaveCount(9);
  await expect(leftOut).toContainText('advertising or promotion slot');
  const text = await importer.text.inputValue();
  expect(text.startsWith('Bus fares to rise by a third, transport authority confirms\n\n')).toBe(
    true,
  );
  await saveScreenshot(page, 'import-preview-left-out');

  // The byline stood between the dek and the first paragraph on the page.
  await importer.preview
    .getByRole('button', { name: 'Put back “By Priya Natarajan · 3 March 2024”' })
    .click();
  await expect(leftOut.getByRole('listitem')).toHaveCount(8);
  expect((await importer.text.inputValue()).split('\n\n').slice(1, 3)).toEqual([
    'Single tickets will cost £2.80 from June, the first rise in six years.',
    'By Priya Natarajan · 3 March 2024',
  ]);

  // An edit before the ad's place moves the place with it.
  await importer.text.press('Control+Home');
  await importer.text.pressSequentially('Edited: ');
  await importer.preview
    .getByRole('button', { name: /^Put back “Advertisement: compare car insurance/ })
    .click();
  const edited = (await importer.text.inputValue()).split('\n\n');
  expect(edited[0]).toBe('Edited: Bus fares to rise by a third, transport authority confirms');
  const ad = edited.indexOf('Advertisement: compare car insurance quotes today');
  expect(edited[ad - 1]).toMatch(/^A weekly pass will rise/);
  expect(edited[ad + 1]).toMatch(/^The fares will be reviewed again/);

  await importer.importButton.click();
  await expect(importer.preview).toBeHidden();
  await workbench.waitUntilSaved();
  const saved = await importedArticle(host, 'Bus fares to rise');
  expect(saved.text).toContain('\n\nBy Priya Natarajan · 3 March 2024\n\n');
  expect(saved.text).not.toContain('Tram extension delayed');
});

test('an uncertain character set shows the readings side by side and the text re-reads live', async ({
  page,
  host,
}) => {
  const workbench = new WorkbenchPage(page);
  const importer = new ImportPage(page);
  await workbench.open(host.url);
  await importer.chooseFile('pl.txt', 'text/plain', fixture('text-polish-windows-1250.txt'));

  const readings = importer.preview.getByRole('list', { name: 'Readings' });
  await expect(readings).toBeVisible();
  await expect(readings.getByRole('listitem').first()).toContainText('windows-1250');
  await expect(readings).toContainText('Za¿ó³æ gêœl¹ jaŸñ.');
  await expect(importer.text).toHaveValue(/Zażółć gęślą jaźń\./);
  await saveScreenshot(page, 'import-preview-encoding');

  await readings.getByRole('button', { name: 'Use windows-1252' }).click();
  await expect(importer.text).toHaveValue(/Za¿ó³æ gêœl¹ jaŸñ\./);
  await expect(importer.preview).toContainText('windows-1252 (Western European), as you chose.');

  await importer.preview
    .getByRole('combobox', { name: 'Another character set' })
    .selectOption('windows-1250');
  await expect(importer.text).toHaveValue(/Zażółć gęślą jaźń\./);
  await importer.importButton.click();
  await expect(importer.preview).toBeHidden();
  await workbench.waitUntilSaved();
  const saved = await importedArticle(host, 'Oświadczenie ministra');
  expect(saved.text).toContain('Zażółć gęślą jaźń.');
});

test('the preview’s warning and counts follow what is put back, and the article keeps the record', async ({
  page,
  host,
}) => {
  const workbench = new WorkbenchPage(page);
  const importer = new ImportPage(page);
  await workbench.open(host.url);
  await importer.chooseFile('levy.html', 'text/html', fixture('html-article-aside-footer.html'));

  const warnings = importer.preview.getByRole('list', { name: 'Warnings' });
  const coverage = importer.preview.getByRole('status').filter({ hasText: 'body text' });
  await expect(warnings).toContainText('158 characters (20% of the body text) in 8 passages');
  await expect(coverage).toContainText(
    'Kept 638 of 796 characters of the file’s body text (80%); 158 characters in 8 passages were left out (listed below).',
  );
  // The text's own length is explained, not a third unexplained number.
  const length = (await importer.text.inputValue()).length;
  await expect(coverage).toContainText(
    `The text below is ${length.toLocaleString('en')} characters long: it also counts the line breaks`,
  );
  await expect(importer.preview.locator('.file-summary')).not.toContainText('characters');

  await importer.preview
    .getByRole('button', { name: 'Put back “© Harbour Herald 2024. All rights reserved.”' })
    .click();
  await expect(warnings).toContainText('115 characters (14% of the body text) in 7 passages');
  await importer.preview.getByRole('button', { name: 'Put all back' }).click();
  await expect(coverage).toContainText('Kept all 796 characters of the file’s body text.');
  await expect(importer.preview.getByText(/were left out/)).toHaveCount(0);
  await saveScreenshot(page, 'import-preview-all-put-back');

  // Import it as the page came, then find the record in the article's Details.
  await importer.chooseFile('levy.html', 'text/html', fixture('html-article-aside-footer.html'));
  await expect(warnings).toContainText('in 8 passages');
  await importer.importButton.click();
  await expect(importer.preview).toBeHidden();
  await workbench.waitUntilSaved();
  await page.getByRole('button', { name: 'Details' }).click();
  const record = page.getByRole('region', { name: 'Import' });
  await expect(record).toContainText('Imported from “levy.html” (Saved web page).');
  await expect(record).toContainText('Character set: UTF-8 (Unicode), the file is valid UTF-8.');
  await expect(record).toContainText(
    'Kept 638 of 796 characters of the file’s body text; 8 passages left out.',
  );
  await expect(record.getByRole('list', { name: 'Left out when imported' })).toContainText(
    '“Sign up” (button or form control)',
  );
  await saveScreenshot(page, 'article-details-import-record');
});

test('Word and text imports show their coverage too, even when nothing was left out', async ({
  page,
  host,
}) => {
  const workbench = new WorkbenchPage(page);
  const importer = new ImportPage(page);
  await workbench.open(host.url);
  await importer.chooseFile(
    'lists.docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    fixture('docx-pandoc-table-footnotes.docx'),
  );
  await expect(importer.preview).toContainText('Kept all 345 characters of the file’s body text.');
  await importer.chooseFile('ru.txt', 'text/plain', fixture('text-russian-koi8-r.txt'));
  await expect(importer.preview).toContainText(
    /Kept all [\d,]+ characters of the file’s body text\./,
  );
});
