import { app, dialog, Menu } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { backupNow, startBackupSchedule } from '../service/backupSchedule';
import { resolveDbPath } from '../service/defaultDataDir';
import { openWorkbenchSession } from '../service/recoverySession';
import { printToPdf } from './printToPdf';
import { openSavedReports } from './openSavedReports';
import { seedSampleArticle } from '../service/sampleArticle';
import { buildApplicationMenu } from './applicationMenu';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './appProtocol';
import { createMainWindow } from './createMainWindow';
import { registerIpc } from './registerIpc';
import { applySecurityPolicies } from './security';
import { errorMessage } from '../core/errorMessage';

const appRoot = app.getAppPath();

function dbFlag(): string | undefined {
  const { values } = parseArgs({
    args: process.argv.slice(1),
    options: { db: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  return typeof values.db === 'string' ? values.db : undefined;
}

/** Electron needs better-sqlite3 built for its own ABI, kept apart from the Node build. */
function electronSqliteBinding(): string | undefined {
  const candidates = [
    process.env.FACTDESK_SQLITE_BINDING,
    join(appRoot, '.electron-native/better_sqlite3.node'),
  ];
  return candidates.find((path): path is string => path !== undefined && existsSync(path));
}

registerAppScheme();
applySecurityPolicies(APP_ORIGIN);

async function start(): Promise<void> {
  await app.whenReady();
  openSavedReports();
  const dbPath = resolveDbPath(dbFlag() ?? undefined, {
    ...process.env,
    FACTDESK_DB: process.env.FACTDESK_DB ?? join(app.getPath('userData'), 'factdesk.sqlite'),
  });
  // A refused database does not stop the app: the session starts in recovery mode and the
  // renderer shows the recovery screen. Only an unexpected failure ends here.
  let session;
  try {
    session = await openWorkbenchSession({
      dbPath,
      shell: 'electron',
      appVersion: app.getVersion(),
      nativeBinding: electronSqliteBinding(),
      renderPdf: printToPdf,
      async onOpen(workbench) {
        await seedSampleArticle(
          workbench.store,
          workbench.handlers,
          join(appRoot, 'resources/samples'),
        );
        await backupNow(workbench).catch((error: unknown) => {
          console.error(`The start-up backup failed: ${String(error)}`);
        });
      },
    });
  } catch (error) {
    dialog.showErrorBox('Factdesk cannot open its data', errorMessage(error));
    app.exit(1);
    return;
  }
  const stopBackups = startBackupSchedule(session.workbench, (error) =>
    console.error(`The daily backup failed: ${String(error)}`),
  );
  registerIpc(session.dispatch, APP_ORIGIN);
  serveRenderer(join(appRoot, 'out/renderer'));
  const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? `${APP_ORIGIN}/index.html`;
  let window = createMainWindow(rendererUrl, join(import.meta.dirname, '../preload/index.cjs'));
  Menu.setApplicationMenu(buildApplicationMenu(() => window));
  app.on('activate', () => {
    if (window.isDestroyed())
      window = createMainWindow(rendererUrl, join(import.meta.dirname, '../preload/index.cjs'));
  });
  app.on('window-all-closed', () => {
    stopBackups();
    session.close();
    app.quit();
  });
}

void start();
