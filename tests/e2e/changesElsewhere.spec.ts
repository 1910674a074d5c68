import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src-main/core/model';
import { repoRoot } from '../helpers/hostProcess';
import { api, expect, test } from './fixtures';
import { WorkbenchPage } from './pages/WorkbenchPage';

test.describe.configure({ timeout: 120_000 });

test('a change made on the command line is noticed, and Reload shows it after saving the checker’s edits', async ({
  page,
  host,
}) => {
  const article = await api<Article>(host, 'articles.create', {
    text: 'Harbour council defends its figures\n\nRidership rose 4 percent.',
    meta: { title: 'Council figures' },
  });
  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Council figures/ }).click();
  await page.getByRole('button', { name: 'Edit text' }).click();
  await workbench.clickQuote('Ridership rose');
  await page.keyboard.press('End');
  await page.keyboard.type(' Officials agreed.');
  await workbench.waitUntilSaved();
  // This window's own saves are not changes made elsewhere.
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByText('Something else changed')).toHaveCount(0);

  const file = join(host.dataDir, 'from-the-command-line.txt');
  writeFileSync(file, 'Ferry timetable\n\nThe ferry runs hourly.');
  execFileSync(process.execPath, [
    join(repoRoot, 'out/node/cli.mjs'),
    '--db',
    host.dbPath,
    'import',
    file,
    '--title',
    'From the command line',
  ]);
  await page.keyboard.type(' Not saved yet.');
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  const notice = page.getByRole('status').filter({ hasText: 'Something else changed' });
  await expect(notice).toBeVisible();
  await expect(
    workbench.library.getByRole('button', { name: /^From the command line/ }),
  ).toBeVisible();

  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Something else changed')).toHaveCount(0);
  const saved = await api<Article>(host, 'articles.get', { id: article.id });
  expect(saved.text).toContain('Ridership rose 4 percent. Officials agreed. Not saved yet.');
});
