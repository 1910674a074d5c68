import { expect, saveScreenshot, test } from './fixtures';
import { WorkbenchPage } from './pages/WorkbenchPage';

test('the workbench opens on the sample article in Monaco, with no console errors', async ({
  page,
  host,
}) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Port Alder mayor defends ferry cuts as ridership figures are disputed',
  );
  expect(await workbench.editorText()).toContain('ridership on the city');
  await expect(workbench.claimItems()).toHaveCount(1);
  await expect(workbench.editor.locator('[class*="fd-claim-"]').first()).toBeVisible();
  await saveScreenshot(page, 'smoke-workbench');
});
