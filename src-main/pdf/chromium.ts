import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's chromium, or CHROMIUM_PATH: Factdesk never downloads a browser of its own. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return null;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('Chromium not found: install Debian package "chromium" or set CHROMIUM_PATH');
  }
  // Loaded on demand: most commands never print, and playwright-core is slow to load.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}
