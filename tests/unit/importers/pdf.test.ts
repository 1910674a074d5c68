import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../../../src-main/pdf/chromium';
import { importArticle } from '../../../src-main/importers';
import { encryptedPdf, pdfWithTextLayer, pdfWithoutTextLayer } from './helpers/writePdf';
import { tempFolder } from './helpers/tempFolder';

const folder = tempFolder();
afterAll(() => folder.remove());

const chromiumPath = findChromium();
if (!chromiumPath)
  console.log('Skipping the Chromium-made PDF test: no chromium on PATH or CHROMIUM_PATH.');

describe('PDF with a text layer made by Chromium', () => {
  let pdf: Uint8Array;

  beforeAll(async () => {
    if (!chromiumPath) return;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(`<!doctype html><html><head><title>Claims about the ‘well-known’ budget</title></head>
        <body style="font: 14px/1.4 serif; width: 420px">
          <h1 style="font-size: 28px">Budget doubles, says council</h1>
          <p>The council said the well-known budget rose sharply, citing infor-<br>mation from the treasury.</p>
          <p>“It doubled,” the leader said — but the figures show 58 per cent.</p>
          <p style="break-before: page">A second page carries the methodology note.</p>
        </body></html>`);
      pdf = folder.write('chromium.pdf', await page.pdf({ format: 'A5' }));
    } finally {
      await browser.close();
    }
  });

  it.skipIf(!chromiumPath)(
    'rebuilds paragraphs, mends line-end hyphens, keeps real ones',
    async () => {
      const result = await importArticle('chromium.pdf', pdf);

      expect(result.format).toBe('pdf');
      expect(result.meta.title).toBe('Claims about the ‘well-known’ budget');
      expect(result.text).toBe(
        [
          'Budget doubles, says council',
          'The council said the well-known budget rose sharply, citing information from the treasury.',
          '“It doubled,” the leader said — but the figures show 58 per cent.',
          'A second page carries the methodology note.',
        ].join('\n\n'),
      );
      expect(result.warnings).toEqual([]);
    },
  );
});

describe('hand-written PDFs', () => {
  it('reads a plain text layer and the info dictionary', async () => {
    const bytes = folder.write(
      'plain.pdf',
      pdfWithTextLayer(
        ['Inflation fell to 3.2 per cent in March,', 'the statistics office said.'],
        {
          title: 'Inflation check',
          author: 'Desk (Night)',
        },
      ),
    );
    const result = await importArticle('plain.pdf', bytes);
    expect(result.text).toBe(
      'Inflation fell to 3.2 per cent in March, the statistics office said.',
    );
    expect(result.meta).toEqual({ title: 'Inflation check', author: 'Desk (Night)' });
  });

  it('asks for OCR when the pages have no text layer', async () => {
    const bytes = folder.write('scan.pdf', pdfWithoutTextLayer());
    await expect(importArticle('scan.pdf', bytes)).rejects.toMatchObject({
      name: 'ImportError',
      code: 'needs_ocr',
      message: expect.stringMatching(/no text layer.*OCR/),
    });
  });

  it('explains that a password-protected PDF cannot be opened', async () => {
    const bytes = folder.write('locked.pdf', encryptedPdf());
    await expect(importArticle('locked.pdf', bytes)).rejects.toMatchObject({
      code: 'encrypted',
      message: expect.stringContaining('password-protected'),
    });
  });

  it('reports a damaged PDF clearly', async () => {
    const bytes = folder.write(
      'damaged.pdf',
      Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R'),
    );
    const error = await importArticle('damaged.pdf', bytes).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'ImportError',
      code: 'corrupt',
    });
    expect((error as Error).message).toContain('"damaged.pdf"');
  });
});
