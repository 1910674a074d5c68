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
  /** The first URL the host printed: the app with a one-time sign-in code. */
  url: string;
  origin: string;
  /** The session cookie ("factdesk_session=…") the tests' own API calls use. */
  cookie: string;
  dbPath: string;
  dataDir: string;
  process: ChildProcess;
  /** A fresh sign-in URL: the host prints one for each line it reads on stdin. */
  signInUrl(): Promise<string>;
}

/** Starts the real browser host on a fresh data folder, as `npm run web` would. */
export async function startHostProcess(dataDir: string): Promise<HostProcess> {
  const dbPath = join(dataDir, 'factdesk.sqlite');
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'out/node/host.mjs'), '--db', dbPath, '--no-open'],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, FACTDESK_CHECK_OUTPUTS: '1' },
    },
  );
  let output = '';
  const printed: string[] = [];
  const waiting: ((url: string) => void)[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const match of output.matchAll(/Factdesk is running at (\S+)\n/g)) {
      if (match.index === undefined || match.index < printedUpTo) continue;
      printedUpTo = match.index + match[0].length;
      const url = match[1] ?? '';
      const next = waiting.shift();
      if (next) next(url);
      else printed.push(url);
    }
  };
  let printedUpTo = 0;
  child.stdout?.on('data', onData);
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const nextUrl = () =>
    new Promise<string>((resolveUrl, reject) => {
      const ready = printed.shift();
      if (ready) return resolveUrl(ready);
      const timer = setTimeout(() => reject(new Error(`host printed no URL: ${output}`)), 20_000);
      waiting.push((url) => {
        clearTimeout(timer);
        resolveUrl(url);
      });
      child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${output}`)));
    });
  const url = await nextUrl();
  const signInUrl = () => {
    child.stdin?.write('\n');
    return nextUrl();
  };
  const origin = new URL(url).origin;
  const code = new URL(await signInUrl()).searchParams.get('code');
  const signedIn = await fetch(`${origin}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const cookie = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  if (!cookie) throw new Error(`the host refused its own sign-in code: ${output}`);
  return { url, origin, cookie, dbPath, dataDir, process: child, signInUrl };
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
    headers: { Cookie: host.cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? response.status}`);
  return body.value as T;
}

export { expect };
