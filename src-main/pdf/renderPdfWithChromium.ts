import { FactdeskError } from '../contract/errors';
import { launchChromium, findChromium } from './chromium';

/** PDFs outside Electron come from the same HTML, printed by a local Chromium. */
export async function renderPdfWithChromium(html: string): Promise<Uint8Array> {
  if (!findChromium()) {
    throw new FactdeskError(
      'unsupported',
      'Making a PDF needs Chromium. Install it (on Debian or Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chrome or Chromium binary; or export HTML and print it to PDF from any browser.',
    );
  }
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
