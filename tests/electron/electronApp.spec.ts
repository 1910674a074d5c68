import { test, expect, _electron as electron } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const nativeBinding = join(root, '.electron-native/better_sqlite3.node');
const missing = !binary
  ? "Electron's binary is not installed here (it is fetched by `npm start` where the network allows)"
  : !existsSync(nativeBinding)
    ? 'better-sqlite3 has not been built for Electron here (`npm start` builds it where it can)'
    : null;

test.describe('Electron app', () => {
  test.beforeAll(() => {
    if (missing) console.log(`Skipping the Electron tests: ${missing}.`);
  });

  test('opens the workbench in a locked-down window', async () => {
    test.skip(missing !== null, missing ?? '');
    const dataDir = mkdtempSync(join(tmpdir(), 'factdesk-electron-'));
    const app = await electron.launch({
      executablePath: binary ?? '',
      args: [root, '--db', join(dataDir, 'factdesk.sqlite')],
      env: { ...process.env, FACTDESK_CHECK_OUTPUTS: '1', FACTDESK_SQLITE_BINDING: nativeBinding },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.locator('.view-lines')).toContainText('Port Alder');
      const preferences = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((w) => {
          // Present at run time since Electron 18, missing from its type declarations.
          const contents = w.webContents as unknown as {
            getLastWebPreferences(): Record<string, unknown> | null;
          };
          return contents.getLastWebPreferences();
        }),
      );
      expect(preferences.length).toBeGreaterThan(0);
      for (const prefs of preferences) {
        expect(prefs).toMatchObject({
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          webSecurity: true,
        });
        expect(prefs?.experimentalFeatures ?? false).toBe(false);
      }
      expect(await window.evaluate(() => typeof (window as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(
        await window.evaluate(() => Object.keys((window as { factdesk?: object }).factdesk ?? {})),
      ).toEqual(['invoke', 'on']);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
