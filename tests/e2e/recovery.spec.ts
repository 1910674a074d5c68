import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDatabase } from '../../src-main/store/backupDatabase';
import { openWorkbench } from '../../src-main/service/openWorkbench';
import type { HostProcess } from './fixtures';
import { expect, saveScreenshot, startHostProcess, test } from './fixtures';
import { RecoveryPage } from './pages/RecoveryPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

const GARBAGE = Buffer.from('This is not a database. '.repeat(500));

let dataDir: string;
let running: HostProcess | undefined;

test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'factdesk-e2e-recovery-'));
  writeFileSync(join(dataDir, 'factdesk.sqlite'), GARBAGE);
});
test.afterEach(async () => {
  if (running) {
    running.process.kill('SIGTERM');
    await new Promise((done) => running?.process.once('exit', done));
    running = undefined;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** A backup holding one article with a known title, made the way the app makes them. */
async function placeBackup(title: string): Promise<void> {
  const source = join(dataDir, 'elsewhere', 'factdesk.sqlite');
  const workbench = openWorkbench({ dbPath: source, shell: 'test', appVersion: 'e2e' });
  await workbench.handlers['articles.create']({
    text: 'The council approved the harbour budget on Tuesday.',
    meta: { title },
  });
  await backupDatabase(workbench.store.db, join(dataDir, 'backups'), {
    now: new Date('2026-03-01T09:00:00Z'),
  });
  workbench.close();
  rmSync(join(dataDir, 'elsewhere'), { recursive: true });
}

function damagedCopies(): string[] {
  return readdirSync(dataDir).filter((name) => name.startsWith('factdesk.sqlite.damaged-'));
}

test('a garbage database opens the recovery screen, and the latest backup brings the work back', async ({
  page,
}) => {
  await placeBackup('Harbour budget');
  running = await startHostProcess(dataDir);
  const recovery = new RecoveryPage(page);
  await recovery.open(await running.signInUrl());

  await expect(recovery.message).toContainText('not a database');
  await expect(recovery.keptAside).toHaveCount(1);
  const [aside] = damagedCopies();
  expect(readFileSync(join(dataDir, aside ?? ''))).toEqual(GARBAGE);
  await saveScreenshot(page, 'recovery-screen');

  await recovery.restoreLatest.click();
  const workbench = new WorkbenchPage(page);
  await expect(workbench.editor.locator('.view-lines')).toContainText('harbour budget');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour budget');
  expect(readFileSync(join(dataDir, aside ?? ''))).toEqual(GARBAGE);
});

test('with no backup, the user can start fresh and gets the sample article', async ({ page }) => {
  running = await startHostProcess(dataDir);
  const recovery = new RecoveryPage(page);
  await recovery.open(await running.signInUrl());
  await expect(page.getByText('There are no backups in the data folder yet.')).toBeVisible();

  await recovery.startFresh.click();
  await recovery.confirmStartFresh.click();
  const workbench = new WorkbenchPage(page);
  await expect(workbench.editor.locator('.view-lines')).toContainText('Port Alder');
  expect(damagedCopies()).toHaveLength(1);
  expect(readFileSync(join(dataDir, damagedCopies()[0] ?? ''))).toEqual(GARBAGE);
});
