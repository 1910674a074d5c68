import { readdirSync } from 'node:fs';
import { api, expect, saveScreenshot, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';
import { PreferencesPage } from './pages/PreferencesPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

interface ArticleSummary {
  id: number;
  title: string;
}

interface BackupInfo {
  name: string;
  createdAt: string;
}

const TITLE = 'Ferry timetable';
const TEXT = 'The ferry to Port Alder ran 14 times a day last summer, twice as often as in 2019.';

test.describe.configure({ timeout: 180_000 });

test('a backup made in Preferences brings back an article deleted after it', async ({
  page,
  host,
}) => {
  const workbench = new WorkbenchPage(page);
  const library = new LibraryPage(page);
  const preferences = new PreferencesPage(page);
  await workbench.open(await host.signInUrl());

  await library.createArticle(TEXT, { title: TITLE });
  await expect(library.item(TITLE)).toBeVisible();
  const created = (await api<ArticleSummary[]>(host, 'articles.list', {})).find(
    (article) => article.title === TITLE,
  );
  expect(created, 'the new article is listed').toBeDefined();
  const articleId = created?.id ?? 0;

  await preferences.open();
  const section = preferences.backupsSection();
  await section.scrollIntoViewIfNeeded();
  await preferences.backUpNowButton().click();
  await expect(section.getByRole('status')).toContainText('Backed up.');
  const [newest] = await api<BackupInfo[]>(host, 'backups.list', {});
  expect(newest, 'the backup is in the backups folder').toBeDefined();
  const row = preferences.backupRow(newest?.name ?? '');
  await expect(row).toContainText('Newest');
  await expect(preferences.backupRows().first()).toContainText(newest?.name ?? '');

  // The article goes after the backup was made.
  await api(host, 'articles.delete', { id: articleId });
  const afterDelete = await api<ArticleSummary[]>(host, 'articles.list', {});
  expect(afterDelete.some((article) => article.id === articleId)).toBe(false);

  // Escape cancels the question only, and gives the focus back to the row's button.
  const askButton = row.getByRole('button', { name: /^Restore the backup from / });
  await askButton.focus();
  await page.keyboard.press('Enter');
  const question = row.getByRole('group', { name: /^Restore the backup from .+\?$/ });
  await expect(question).toContainText('The current data is kept beside it.');
  await expect(question.getByRole('button', { name: 'Restore', exact: true })).toBeFocused();
  await question.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'preferences-backups');
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(preferences.panel).toBeVisible();
  await expect(askButton).toBeFocused();

  const reloaded = page.waitForEvent('load');
  await preferences.restoreBackup(row);
  await reloaded;
  await expect(workbench.editor.locator('.view-lines')).toBeVisible();
  await expect(library.item(TITLE)).toBeVisible();
  const afterRestore = await api<ArticleSummary[]>(host, 'articles.list', {});
  expect(afterRestore.find((article) => article.id === articleId)?.title).toBe(TITLE);

  // Nothing was deleted: the database that was replaced is kept beside the restored one.
  const keptBeside = readdirSync(host.dataDir).filter((name) =>
    name.startsWith('factdesk.sqlite.before-restore-'),
  );
  expect(keptBeside).toHaveLength(1);
});
