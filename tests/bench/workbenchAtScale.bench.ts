import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../src-main/pdf/chromium';
import { startHostProcess, stopHostProcess } from '../helpers/hostProcess';
import type { Benchmark, BenchResult } from './harness';
import { median, percentile } from './harness';
import { installPageProbes, waitUntilOpened } from './browser/pageProbes';
import type { ScaleArticles } from './browser/scaleDatabase';
import { writeScaleDatabase } from './browser/scaleDatabase';

const CLAIMS = 5_000;
/** Six rounds each: the medians and the p95 then rest on 6 opens and 150 keystrokes per article. */
const ROUNDS = 6;
const KEYS_PER_ROUND = 25;
/** About 80 words a minute: a quick typist, not a machine. */
const KEY_INTERVAL_MS = 150;
const TYPED = 'checking the figures ';
const MAX_RATIO = 1.5;
const LONG_TASK_LIMIT_MS = 100;
/** The Long Tasks API reports nothing shorter, so "none" counts as this much in a ratio. */
const LONG_TASK_FLOOR_MS = 50;
const MAX_SAVES_PER_SECOND = 2;
/** Requests that typing must never cause: the library, the claims and a claim's history. */
const RELOADS = new Set(['articles.list', 'claims.list', 'claims.outline', 'claims.history']);

interface Sample {
  openMs: number[];
  keystrokeMs: number[];
  longestTaskMs: number;
  reloads: number;
  maxSavesPerSecond: number;
}

function emptySample(): Sample {
  return { openMs: [], keystrokeMs: [], longestTaskMs: 0, reloads: 0, maxSavesPerSecond: 0 };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

/** Every API request the page makes, with when it started (Node's clock) and when it ended. */
function trackRequests(page: Page) {
  const log: { method: string; at: number }[] = [];
  let inFlight = 0;
  let lastChange = performance.now();
  page.on('request', (request) => {
    const match = /\/api\/([\w.]+)/.exec(new URL(request.url()).pathname);
    if (!match?.[1]) return;
    log.push({ method: match[1], at: performance.now() });
    inFlight++;
    lastChange = performance.now();
  });
  const finished = (request: { url(): string }) => {
    if (!/\/api\//.test(request.url())) return;
    inFlight--;
    lastChange = performance.now();
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  return {
    log,
    /** Waits until no API request has been in flight for `quietMs`. */
    async idle(quietMs = 500): Promise<void> {
      const giveUp = performance.now() + 60_000;
      while (inFlight > 0 || performance.now() - lastChange < quietMs) {
        if (performance.now() > giveUp) throw new Error('the page never stopped requesting');
        await sleep(50);
      }
    },
  };
}

async function openFromLibrary(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: title, exact: false })
    .first()
    .click();
}

/**
 * Opens `article` from the library (after the short start article, so every open starts from
 * the same state) and types KEYS_PER_ROUND characters at the end of its first line, which moves
 * every claim.
 */
async function measureRound(
  page: Page,
  requests: ReturnType<typeof trackRequests>,
  articles: ScaleArticles,
  article: { title: string; claimCount: number },
  sample: Sample,
): Promise<void> {
  await openFromLibrary(page, articles.start.title);
  await page.getByRole('heading', { level: 1, name: articles.start.title }).waitFor();
  await requests.idle();
  await openFromLibrary(page, article.title);
  sample.openMs.push(
    await page.evaluate(waitUntilOpened, {
      title: article.title,
      claimCount: article.claimCount,
      firstWords: articles.firstWords,
    }),
  );
  await requests.idle();

  const firstLine = page.getByTestId('article-editor').locator('.view-line').first();
  await firstLine.click({ position: { x: 20, y: 10 } });
  // The text opens locked: "Edit text" (F2) first.
  await page.keyboard.press('F2');
  await page.keyboard.press('End');
  await requests.idle(300);
  const before = await page.evaluate(() => {
    window.factdeskBenchProbe?.beginTyping();
    return { keys: window.factdeskBenchProbe?.keystrokes.length ?? 0, now: performance.now() };
  });
  const logFrom = requests.log.length;
  const started = performance.now();
  for (let index = 0; index < KEYS_PER_ROUND; index++) {
    await sleep(started + index * KEY_INTERVAL_MS - performance.now());
    await page.keyboard.type(TYPED[index % TYPED.length] ?? 'x');
  }
  const typingEnded = performance.now();
  await page.getByTestId('save-state').getByText('Saved', { exact: true }).waitFor();
  await requests.idle();
  const probe = await page.evaluate(({ keys, now }) => {
    const recorded = window.factdeskBenchProbe;
    return {
      keystrokes: recorded?.keystrokes.slice(keys) ?? [],
      longTasks: (recorded?.longTasks ?? []).filter((task) => task.start >= now),
    };
  }, before);
  if (probe.keystrokes.length !== KEYS_PER_ROUND) {
    throw new Error(`measured ${probe.keystrokes.length} of ${KEYS_PER_ROUND} keystrokes`);
  }
  sample.keystrokeMs.push(...probe.keystrokes);
  sample.longestTaskMs = Math.max(sample.longestTaskMs, ...probe.longTasks.map((t) => t.duration));
  const during = requests.log.slice(logFrom);
  sample.reloads += during.filter((request) => RELOADS.has(request.method)).length;
  const saves = during
    .filter((request) => request.method === 'articles.saveText' && request.at <= typingEnded)
    .map((request) => request.at);
  for (const at of saves) {
    const inWindow = saves.filter((other) => other >= at && other < at + 1000).length;
    sample.maxSavesPerSecond = Math.max(sample.maxSavesPerSecond, inWindow);
  }
}

function ratioResult(
  name: string,
  value: number,
  baseline: number,
  unit: string,
  target: string,
  ok: (ratio: number) => boolean,
): BenchResult {
  const ratio = value / baseline;
  return { name, value, baseline, unit, ratio, target, ok: ok(ratio) };
}

/**
 * The workbench as the checker feels it, in headless Chromium through the browser host: a 1 MB
 * article with 5,000 claims against the same article with none, opened and typed into in
 * alternating rounds so that machine noise falls on both alike.
 */
export const benchmark: Benchmark = {
  name: 'workbench at scale',
  needsBuild: true,
  async run() {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('Chromium not found: apt-get install chromium');
    const dataDir = mkdtempSync(join(tmpdir(), 'factdesk-bench-ui-'));
    const articles = writeScaleDatabase(dataDir, CLAIMS);
    const host = await startHostProcess(dataDir, { checkOutputs: false });
    const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(installPageProbes);
      const requests = trackRequests(page);
      await page.goto(host.url);
      await page.getByRole('heading', { level: 1, name: articles.start.title }).waitFor();
      const bare = emptySample();
      const claimed = emptySample();
      const bareArticle = { title: articles.bare.title, claimCount: 0 };
      for (let round = 0; round < ROUNDS; round++) {
        const order: [typeof bareArticle, Sample][] = [
          [bareArticle, bare],
          [articles.claimed, claimed],
        ];
        if (round % 2 === 1) order.reverse();
        for (const [article, sample] of order)
          await measureRound(page, requests, articles, article, sample);
      }
      const label = `${CLAIMS} claims vs none, 1 MB`;
      return [
        ratioResult(
          `keystroke to paint, median (${label})`,
          median(claimed.keystrokeMs),
          median(bare.keystrokeMs),
          'ms',
          `ratio <= ${MAX_RATIO}`,
          (ratio) => ratio <= MAX_RATIO,
        ),
        ratioResult(
          `keystroke to paint, p95 (${label})`,
          percentile(claimed.keystrokeMs, 0.95),
          percentile(bare.keystrokeMs, 0.95),
          'ms',
          `ratio <= ${MAX_RATIO}`,
          (ratio) => ratio <= MAX_RATIO,
        ),
        {
          ...ratioResult(
            `longest task while typing (${label})`,
            claimed.longestTaskMs,
            bare.longestTaskMs,
            'ms',
            `none over ${LONG_TASK_LIMIT_MS} ms`,
            () => true,
          ),
          ratio:
            Math.max(claimed.longestTaskMs, LONG_TASK_FLOOR_MS) /
            Math.max(bare.longestTaskMs, LONG_TASK_FLOOR_MS),
          ok:
            claimed.longestTaskMs <= LONG_TASK_LIMIT_MS && bare.longestTaskMs <= LONG_TASK_LIMIT_MS,
        },
        ratioResult(
          `open, click to highlights painted, median (${label})`,
          median(claimed.openMs),
          median(bare.openMs),
          'ms',
          `ratio <= ${MAX_RATIO}`,
          (ratio) => ratio <= MAX_RATIO,
        ),
        {
          name: `list, claims and history requests caused by typing (${label})`,
          value: claimed.reloads,
          baseline: bare.reloads,
          unit: 'requests',
          ratio: Number.NaN,
          target: 'none',
          ok: claimed.reloads === 0 && bare.reloads === 0,
        },
        {
          name: `text saves in any second of typing (${label})`,
          value: claimed.maxSavesPerSecond,
          baseline: bare.maxSavesPerSecond,
          unit: 'saves',
          ratio: Number.NaN,
          target: `at most ${MAX_SAVES_PER_SECOND}`,
          ok:
            claimed.maxSavesPerSecond <= MAX_SAVES_PER_SECOND &&
            bare.maxSavesPerSecond <= MAX_SAVES_PER_SECOND,
        },
      ];
    } finally {
      await browser.close();
      await stopHostProcess(host);
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
