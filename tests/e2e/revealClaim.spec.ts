import { expect, test } from './fixtures';
import { articleWithClaims } from './articleWithClaims';
import { SearchPage } from './pages/SearchPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

test.describe.configure({ timeout: 120_000 });

const paragraphs = Array.from(
  { length: 300 },
  (_, index) =>
    `Paragraph ${index + 1}. The committee heard evidence on district ${index + 1}, where the ferry timetable changed twice in one year and passengers complained about the late buses.`,
);
const quote =
  'teacher vacancies in Schleswig rose by €1.7 billion in spending between 2020 and 2021, the minister told the committee in a long answer';
paragraphs[240] = `The report said ${quote}.`;

test('a claim opened from search is shown whole in the editor, not under its top edge', async ({
  page,
  host,
}) => {
  await articleWithClaims(
    host,
    ['Committee transcript', '', ...paragraphs].join('\n'),
    'Transcript',
    [quote],
  );
  const workbench = new WorkbenchPage(page);
  const search = new SearchPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Transcript/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Transcript');
  await search.open();
  await search.query.fill('teacher vacancies in Schleswig');
  await expect(search.results.getByRole('option').first()).toBeVisible();
  await search.query.press('Enter');
  await expect(search.panel).toBeHidden();
  const editorBox = await workbench.editor
    .locator('.monaco-scrollable-element')
    .first()
    .boundingBox();
  if (!editorBox) throw new Error('the editor is not shown');
  // Wait out the smooth scroll, then both ends of the quote are inside the editor.
  await expect(async () => {
    const bounds = await workbench.quoteBounds('teacher vacancies');
    const end = await workbench.quoteBounds('in a long answer');
    expect(bounds.y1).toBeGreaterThan(editorBox.y);
    expect(end.y2).toBeLessThan(editorBox.y + editorBox.height);
  }).toPass({ timeout: 10_000 });
});

test('figures are never split across two screen lines at their comma or decimal point', async ({
  page,
  host,
}) => {
  // Long figures, with more commas in them than spaces between them.
  const figures = Array.from(
    { length: 200 },
    (_, index) => `${(BigInt(index) * 7919n + 1_000_000_000_000_000n).toLocaleString('en')}.5`,
  ).join(' ');
  await articleWithClaims(host, `Ridership figures\n\n${figures}`, 'Figures', []);
  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  await page.getByRole('button', { name: /^Figures/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Figures');
  const lines = await workbench.editor
    .locator('.view-line')
    .evaluateAll((shown) =>
      shown
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
        .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ')),
    );
  expect(lines.length).toBeGreaterThan(5);
  for (let index = 1; index < lines.length; index++) {
    const joined = `${lines[index - 1] ?? ''}|${lines[index] ?? ''}`;
    expect(joined).not.toMatch(/\d[,.]\|\d/);
  }
});
