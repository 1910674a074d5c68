import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src-main/importers';
import { ImportError, importArticle, importFormats } from '../../../src-main/importers';
import { importDocx } from '../../../src-main/importers/importDocx';
import { importHtml } from '../../../src-main/importers/importHtml';
import { importPdf } from '../../../src-main/importers/importPdf';
import { importPlainText } from '../../../src-main/importers/importPlainText';
import { buildDocx } from './helpers/buildDocx';
import { pdfWithTextLayer } from './helpers/writePdf';

type Importer = (bytes: Uint8Array) => Promise<ImportResult>;

const importers: Record<string, Importer> = {
  importArticle: (bytes) => importArticle('fuzz.bin', bytes),
  importPlainText: async (bytes) => importPlainText(bytes, 'text'),
  importHtml: async (bytes) => importHtml(bytes),
  importDocx: (bytes) => importDocx('fuzz.docx', bytes),
  importPdf: (bytes) => importPdf('fuzz.pdf', bytes),
};

const prefixes = [
  '',
  '%PDF-',
  '%PDF-1.7\n',
  'PK\x03\x04',
  '<html>',
  '<!doctype html><html><body><p>',
  '\xef\xbb\xbf',
  '\xff\xfe',
];

const prefixedBytes = fc
  .tuple(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 2048 }))
  .map(([prefix, tail]) => new Uint8Array([...Buffer.from(prefix, 'latin1'), ...tail]));

/** A valid file with a few bytes overwritten: reaches deeper than pure noise. */
function mutated(valid: Uint8Array) {
  return fc
    .array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((changes) => {
      const copy = new Uint8Array(valid);
      for (const [at, value] of changes) copy[at] = value;
      return copy;
    });
}

/** Either a well-formed result or an ImportError; anything else fails the property. */
async function outcomeIsClean(importer: Importer, bytes: Uint8Array): Promise<boolean> {
  try {
    const result = await importer(bytes);
    expect(importFormats).toContain(result.format);
    expect(typeof result.text).toBe('string');
    expect(result.text).not.toMatch(/\r/);
    expect(Array.isArray(result.warnings)).toBe(true);
    return true;
  } catch (error) {
    if (error instanceof ImportError) return true;
    throw error;
  }
}

const settings = {
  numRuns: 120,
  timeout: 5_000,
  interruptAfterTimeLimit: 40_000,
  markInterruptAsFailure: false,
};

describe('fuzzing every import path', () => {
  for (const [name, importer] of Object.entries(importers)) {
    it(`${name}: random bytes, plain or behind a valid-looking prefix`, async () => {
      await fc.assert(
        fc.asyncProperty(prefixedBytes, (bytes) => outcomeIsClean(importer, bytes)),
        settings,
      );
    }, 60_000);
  }

  it('importArticle: a real Word file with bytes overwritten', async () => {
    const docx = new Uint8Array(
      buildDocx({ paragraphs: ['One “quoted” paragraph.', 'Another one.'], title: 'T' }),
    );
    await fc.assert(
      fc.asyncProperty(mutated(docx), (bytes) =>
        outcomeIsClean(importers.importArticle as Importer, bytes),
      ),
      settings,
    );
  }, 60_000);

  it('importArticle: a real PDF with bytes overwritten', async () => {
    const pdf = new Uint8Array(
      pdfWithTextLayer(['Some text on a line.', 'More text.'], { title: 'T', author: 'A' }),
    );
    await fc.assert(
      fc.asyncProperty(mutated(pdf), (bytes) =>
        outcomeIsClean(importers.importArticle as Importer, bytes),
      ),
      settings,
    );
  }, 60_000);

  it('importArticle: results from arbitrary text are normalised and within limits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 500 }), async (text) => {
        const bytes = new TextEncoder().encode(text);
        const result = await importArticle('fuzz.txt', bytes).catch((error: unknown) => {
          if (error instanceof ImportError) return null;
          throw error;
        });
        if (result) {
          expect(result.text.trim()).not.toBe('');
          expect(result.text).not.toMatch(/^\uFEFF|\r/);
        }
      }),
      settings,
    );
  }, 60_000);
});
