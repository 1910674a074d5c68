import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../../../../src-main/pdf/chromium';
import { buildReport } from '../../../../src-main/core/report/buildReport';
import { renderReportHtml } from '../../../../src-main/core/report/renderReportHtml';
import { HTML_PAYLOAD, MARKER, hostileInput } from './hostileFixture';
import { sampleInput } from './reportFixture';

const chromiumPath = findChromium();
if (!chromiumPath)
  console.warn('Skipping the HTML report browser tests: Chromium is not installed.');

const artefacts = resolve('test-results/artefacts');

interface Opened {
  page: Page;
  requests: string[];
  dialogs: string[];
  url: string;
}

describe.skipIf(!chromiumPath)('renderReportHtml in Chromium', () => {
  let browser: Browser;
  let folder: string;

  beforeAll(async () => {
    browser = await launchChromium();
    folder = mkdtempSync(join(tmpdir(), 'factdesk-report-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  async function open(html: string, name: string): Promise<Opened> {
    const file = join(folder, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    // Give any event handler (onload, onerror) that slipped through a chance to fire.
    await page.waitForTimeout(300);
    return { page, requests, dialogs, url };
  }

  async function expectInert(opened: Opened): Promise<void> {
    const { page, requests, dialogs, url } = opened;
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await page.title()).not.toContain(MARKER);
    expect(await page.locator('script, iframe, svg, img, object, embed').count()).toBe(0);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      ),
    );
    expect(handlers).toEqual([]);
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll('[href]')].map((element) => element.getAttribute('href') ?? ''),
    );
    for (const href of hrefs)
      expect(href).toMatch(/^(#|https?:\/\/|mailto:|archive\/[0-9a-f]{64})/);
    // The payload is shown, literally, where the article text and the card quote are.
    const text = (await page.textContent('body')) ?? '';
    expect(text).toContain(HTML_PAYLOAD);
    expect(text).toContain("<img src=x onerror=\"document.title='PW'+'NED'\">");
    expect(text).toContain('</script><script>alert(1)</script>');
    expect(text).toContain('[click me](javascript:alert(1))');
    expect(text).toContain('javascript:alert(document.domain)');
    await page.close();
  }

  it('runs nothing and loads nothing from a hostile report, and shows the payloads as text', async () => {
    const html = renderReportHtml(buildReport(hostileInput()));
    await expectInert(await open(html, 'hostile.html'));
  });

  it('stays inert even without its Content-Security-Policy (escaping alone holds)', async () => {
    const html = renderReportHtml(buildReport(hostileInput())).replace(
      /<meta http-equiv="Content-Security-Policy"[^>]*>/,
      '',
    );
    expect(html).not.toContain('Content-Security-Policy');
    await expectInert(await open(html, 'hostile-no-csp.html'));
  });

  it('navigates from highlight to card and back, and prints to PDF', async () => {
    const html = renderReportHtml(buildReport(sampleInput()));
    const { page, requests, url } = await open(html, 'report.html');
    await page.click('a.hl[href="#claim-6"]');
    expect(page.url()).toBe(`${url}#claim-6`);
    expect(await page.locator('#claim-6').isVisible()).toBe(true);
    await page.click('#claim-6 a.back');
    expect(page.url()).toBe(`${url}#mark-6`);
    const cardsBreakAvoid = await page.evaluate(() => {
      const rule = [...document.styleSheets[0]!.cssRules].find(
        (candidate) => candidate instanceof CSSMediaRule && candidate.conditionText === 'print',
      );
      return rule?.cssText.includes('break-inside: avoid') ?? false;
    });
    expect(cardsBreakAvoid).toBe(true);

    mkdirSync(artefacts, { recursive: true });
    await page.goto(url);
    await page.screenshot({ path: join(artefacts, 'report-html.png'), fullPage: true });
    const pdf = await page.pdf({
      path: join(artefacts, 'report.pdf'),
      format: 'A4',
      preferCSSPageSize: true,
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(requests.every((request) => request.startsWith(url))).toBe(true);
    await page.close();
  });
});
