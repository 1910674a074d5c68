import { readFileSync } from 'node:fs';
import { expect, saveScreenshot, test } from './fixtures';
import { WorkbenchPage } from './pages/WorkbenchPage';

test('the workbench opens on the sample article in Monaco, with no console errors', async ({
  page,
  host,
}) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open(await host.signInUrl());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Port Alder mayor defends ferry cuts as ridership figures are disputed',
  );
  expect(await workbench.editorText()).toContain('ridership on the city');
  await expect(workbench.claimItems()).toHaveCount(1);
  await expect(workbench.editor.locator('[class*="fd-claim-"]').first()).toBeVisible();
  await saveScreenshot(page, 'smoke-workbench');
});

test('the printed URL signs in once with its one-time code; the session lives only in an HttpOnly cookie', async ({
  page,
  host,
  chromiumBrowser,
}) => {
  // The printed URL, exactly as a person would paste it.
  const workbench = new WorkbenchPage(page);
  await workbench.open(host.url);
  await expect(workbench.claimItems()).toHaveCount(1);
  // The code left the address bar and history; the page's script cannot read the session.
  expect(new URL(page.url()).search).toBe('');
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const [session] = await page.context().cookies();
  expect(session).toMatchObject({ name: 'factdesk_session', httpOnly: true, sameSite: 'Strict' });
  // Neither the host's command line nor its log holds the session.
  const commandLine = readFileSync(`/proc/${host.process.pid}/cmdline`, 'utf8');
  expect(commandLine).not.toContain(session?.value ?? '<none>');
  expect(commandLine).not.toMatch(/token|code=/);

  // The same URL in another browser profile is refused: the code was used.
  const other = await chromiumBrowser.newContext();
  try {
    const replay = await other.newPage();
    await replay.goto(host.url);
    const status = await replay.evaluate(async () => {
      const response = await fetch('/api/articles.list', { method: 'POST', body: '{}' });
      return {
        status: response.status,
        body: (await response.json()) as { error?: { message: string } },
      };
    });
    expect(status.status).toBe(401);
    expect(status.body.error?.message).toMatch(/^Not signed in/);
  } finally {
    await other.close();
  }
});
