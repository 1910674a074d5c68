import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Claim } from '../../src-main/core/model';
import { api, expect, repoRoot, saveScreenshot, test } from './fixtures';
import { WorkbenchPage } from './pages/WorkbenchPage';

const fixtures = join(repoRoot, 'tests/fixtures/annotations');
const annotationFile = join(fixtures, 'hypothesis-mixed.json');

test('choosing an annotation file shows what it holds; only Import writes, and a second import adds nothing', async ({
  page,
  host,
}) => {
  const article = await api<Article>(host, 'articles.create', {
    text: readFileSync(join(fixtures, 'budget-article.txt'), 'utf8'),
    meta: { title: 'Budget night', url: 'https://news.example.org/budget' },
  });
  const claims = () => api<Claim[]>(host, 'claims.list', { articleId: article.id });
  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Budget night/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Budget night');

  await page.getByRole('button', { name: 'Import annotations…', exact: true }).click();
  await page.getByLabel('Annotation file').setInputFiles(annotationFile);
  const before = page.getByRole('region', { name: 'Before importing' });
  await expect(before.getByRole('status')).toHaveText(
    /^If you import this file: 1 will attach to its words, 1 will need review, 1 reply will join a claim’s notes, 2 will be left out\./,
  );
  await expect(before.getByRole('list', { name: 'Left out' }).getByRole('listitem')).toHaveText([
    /^Annotation 3 \(Hother\): it names this article and also another document/,
    'Annotation 4 (Hblank): its quote is empty or only blank space, so there are no words to mark',
  ]);
  await expect(before.getByRole('list', { name: 'To check' }).getByRole('listitem')).toHaveText([
    /^Annotation 2 \(Hpos\): it has only a position, no quote/,
    /^Annotation 5 \(Hreply\): a reply in the thread of annotation Hq1/,
  ]);
  await saveScreenshot(page, 'annotation-import-preview');
  expect(await claims()).toEqual([]);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Import result' }).getByRole('status')).toHaveText(
    /^Imported: 1 attached to its words, 1 needs review, 1 reply joined a claim’s notes, 2 were left out\./,
  );
  const imported = await claims();
  expect(imported.map((claim) => [claim.anchorState, claim.claimant]).sort()).toEqual([
    ['attached', ''],
    ['orphaned', ''],
  ]);

  await page.getByLabel('Annotation file').setInputFiles(annotationFile);
  await expect(before.getByRole('status')).toHaveText(
    /^If you import this file: 0 will attach to their words, 0 will need review, 2 will be left out, 3 already imported\./,
  );
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  expect(await claims()).toHaveLength(2);
});
