import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, findChromium } from '../../src-main/pdf/chromium';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const artefactsDir = join(repoRoot, 'test-results/artefacts');

export interface HostProcess {
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  dataDir: string;
  process: ChildProcess;
}

/** Starts the real browser host on a fresh data folder, as `npm run web` would. */
export async function startHostProcess(dataDir: string): Promise<HostProcess> {
  const dbPath = join(dataDir, 'factdesk.sqlite');
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'out/node/host.mjs'), '--db', dbPath, '--no-open'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FACTDESK_CHECK_OUTPUTS: '1' },
    },
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Factdesk is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${output}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dbPath,
    dataDir,
    process: child,
  };
}

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
    host.process.kill('SIGTERM');
    await new Promise((done) => host.process.once('exit', done));
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
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? response.status}`);
  return body.value as T;
}

export { expect };
