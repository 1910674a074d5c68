import { api, expect, saveScreenshot, test } from './fixtures';
import { PreferencesPage } from './pages/PreferencesPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

interface ScaleSummary {
  id: string;
  name: string;
  builtin: boolean;
  ratings: { key: string; label: string; colour: string; value: number | null; shortcut: string }[];
}

test('preferences are saved as they are made, a custom scale becomes the default, and all survive a reload', async ({
  page,
  host,
}) => {
  const workbench = new WorkbenchPage(page);
  const preferences = new PreferencesPage(page);
  await workbench.open(await host.signInUrl());
  await preferences.open();
  await expect(preferences.panel).toBeVisible();
  await expect(preferences.checkerName).toBeFocused();
  await saveScreenshot(page, 'preferences-light');

  await preferences.checkerName.fill('A. Ramos');
  await preferences.organisation.fill('Harbour Fact Check');
  await preferences.organisationUrl.fill('https://factcheck.example.org');
  await preferences.theme('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await preferences.startNewScale('Newsroom three-step');
  await preferences.fillRatings([
    { label: 'Accurate', colour: '#1b7f3b', value: '3', shortcut: 'a' },
    { label: 'Misleading', colour: '#d98a00', value: '2', shortcut: 'm' },
    { label: 'Wrong', key: 'wrong-claim', colour: '#b00020', value: '1', shortcut: 'w' },
  ]);
  await preferences.saveScale();
  await expect(preferences.scaleEditor).toBeHidden();
  await expect(preferences.scaleRow('Newsroom three-step')).toContainText('Custom');

  await preferences.defaultScale.selectOption({ label: 'Newsroom three-step (custom)' });
  await expect(preferences.scaleRow('Newsroom three-step')).toContainText('Default');
  await expect(
    preferences
      .scaleRow('Newsroom three-step')
      .getByRole('button', { name: 'Delete Newsroom three-step' }),
  ).toBeDisabled();
  await workbench.waitUntilSaved();
  // Answers to earlier saves must not wipe what was typed after them.
  await expect(preferences.checkerName).toHaveValue('A. Ramos');
  await expect(preferences.organisation).toHaveValue('Harbour Fact Check');
  await expect(preferences.organisationUrl).toHaveValue('https://factcheck.example.org');
  await expect(page.getByRole('button', { name: 'Checker: A. Ramos' })).toBeVisible();

  const scales = await api<ScaleSummary[]>(host, 'scales.list');
  const custom = scales.find((s) => s.name === 'Newsroom three-step');
  expect(custom).toMatchObject({
    builtin: false,
    ratings: [
      { key: 'accurate', label: 'Accurate', colour: '#1b7f3b', value: 3, shortcut: 'a' },
      { key: 'misleading', label: 'Misleading', colour: '#d98a00', value: 2, shortcut: 'm' },
      { key: 'wrong-claim', label: 'Wrong', colour: '#b00020', value: 1, shortcut: 'w' },
    ],
  });
  expect(await api(host, 'preferences.get')).toEqual({
    checkerName: 'A. Ramos',
    organisationName: 'Harbour Fact Check',
    organisationUrl: 'https://factcheck.example.org',
    methodologyUrl: '',
    correctionsUrl: '',
    logo: null,
    // The first-run question was never answered; a named organisation keeps it away all the same.
    profilePromptDone: false,
    defaultScaleId: custom?.id,
    theme: 'dark',
  });
  await saveScreenshot(page, 'preferences-dark');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Checker: A. Ramos' })).toBeVisible();
  await page.getByRole('button', { name: 'Checker: A. Ramos' }).click();
  await expect(preferences.checkerName).toHaveValue('A. Ramos');
  await expect(preferences.organisation).toHaveValue('Harbour Fact Check');
  await expect(preferences.organisationUrl).toHaveValue('https://factcheck.example.org');
  await expect(preferences.theme('Dark')).toBeChecked();
  await expect(preferences.defaultScale.locator('option:checked')).toHaveText(
    'Newsroom three-step (custom)',
  );

  await page.keyboard.press('Escape');
  await expect(preferences.panel).toBeHidden();
  await saveScreenshot(page, 'library-dark');
});

test('the scale editor explains invalid fields next to them and saves nothing until they are fixed', async ({
  page,
  host,
}) => {
  const workbench = new WorkbenchPage(page);
  const preferences = new PreferencesPage(page);
  await workbench.open(await host.signInUrl());
  await preferences.open();

  await preferences.startNewScale('');
  await preferences.fillRatings([{ label: 'Holds up', key: 'Holds Up!' }, { label: '' }]);
  await preferences.saveScale();

  const editor = preferences.scaleEditor;
  await expect(editor.getByRole('alert')).toContainText('Not saved: 4 fields need attention.');
  await expect(editor.getByLabel('Scale name')).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByLabel('Scale name')).toHaveAccessibleDescription(
    'give the scale a name',
  );
  await expect(editor.getByLabel('Rating 1 key')).toHaveAccessibleDescription(
    'must be lowercase letters, digits and dashes',
  );
  await expect(editor.getByLabel('Rating 2 label')).toHaveAccessibleDescription(
    'give the rating a label',
  );
  await saveScreenshot(page, 'scale-editor-errors');
  expect(await api<ScaleSummary[]>(host, 'scales.list')).toHaveLength(3);

  await editor.getByLabel('Scale name').fill('Two-step');
  await editor.getByLabel('Rating 1 key').fill('holds-up');
  await editor.getByLabel('Rating 2 label').fill('Falls down');
  await preferences.saveScale();
  await expect(editor).toBeHidden();
  expect((await api<ScaleSummary[]>(host, 'scales.list')).map((s) => s.name)).toContain('Two-step');

  const row = preferences.scaleRow('Two-step');
  await row.getByRole('button', { name: 'Delete Two-step' }).click();
  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(row).toHaveCount(0);
  expect((await api<ScaleSummary[]>(host, 'scales.list')).map((s) => s.name)).not.toContain(
    'Two-step',
  );
});
