import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../../src-main/pdf/chromium';
import type { HostProcess } from '../helpers/hostProcess';
import { repoRoot, startHostProcess, stopHostProcess } from '../helpers/hostProcess';

export type { HostProcess };
export { repoRoot, startHostProcess };
export const artefactsDir = join(repoRoot, 'test-results/artefacts');

interface Fixtures {
  host: HostProcess;
  page: Page;
  /** Console errors and page errors seen so far; the test fails if any remain at the end. */
  consoleErrors: string[];
}

export const test = base.extend<Fixtures, { chromiumBrowser: Browser }>({
  chromiumBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const executablePath = findChromium();
      if (!executablePath)
        throw new Error('Chromium not found: apt-get install chromium, or set CHROMIUM_PATH');
      const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'factdesk-e2e-'));
    const host = await startHostProcess(dataDir);
    await use(host);
    await stopHostProcess(host);
    rmSync(dataDir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  page: async ({ chromiumBrowser, consoleErrors }, use) => {
    const context = await chromiumBrowser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.on('console', (message) => {
      // The API answers refusals with 400 or 409 and the app shows them in plain words; the
      // browser still logs the status, which is expected, not an error in the app.
      const expectedRefusal =
        /^Failed to load resource: the server responded with a status of (400|409)/;
      if (message.type() === 'error' && !expectedRefusal.test(message.text())) {
        consoleErrors.push(message.text());
      }
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await use(page);
    await context.close();
    expect(consoleErrors, 'console errors during the test').toEqual([]);
  },
});

/**
 * Takes the console errors a test caused on purpose (a fault it injected, a request it refused)
 * out of those the test fails on; returns how many were taken out.
 */
export function expectConsoleErrors(consoleErrors: string[], caused: RegExp): number {
  const kept = consoleErrors.filter((message) => !caused.test(message));
  const taken = consoleErrors.length - kept.length;
  consoleErrors.splice(0, consoleErrors.length, ...kept);
  return taken;
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artefactsDir, { recursive: true });
  const path = join(artefactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Calls the host's API as the renderer does, for test setup. */
export async function api<T>(host: HostProcess, method: string, input: unknown = {}): Promise<T> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { Cookie: host.cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? response.status}`);
  return body.value as T;
}

export { expect };
