import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { normaliseText } from '../core/text/normaliseText';
import { checkPdfStreams } from './checkPdfStreams';
import { ImportError } from './ImportError';
import type { ImportResult } from './ImportResult';
import { MAX_IMPORT_CHARS, MAX_PDF_PAGES } from './limits';
import { loadPdfjs, pdfjsDataFolders } from './loadPdfjs';
import type { SourceBlock } from './assembleBlocks';
import { assembleBlocks } from './assembleBlocks';
import type { PdfTextPiece } from './pdfPageText';
import { pageLines, paragraphs, readingOrder } from './pdfPageText';
import type { PdfPageLines } from './pdfRepeatedLines';
import { findRepeatedLines } from './pdfRepeatedLines';

/**
 * A PDF's text layer, page by page in reading order (columns one after another), with
 * paragraphs rebuilt and running headers and footers left out and listed. Fonts are never
 * loaded or evaluated (only their character maps are read) and nothing is fetched.
 */
export async function importPdf(
  fileName: string,
  bytes: Uint8Array,
  deadline?: number,
): Promise<ImportResult> {
  checkPdfStreams(fileName, bytes);
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js transfers the buffer it is given, which would empty the caller's copy.
    data: new Uint8Array(bytes),
    ...pdfjsDataFolders(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });

  try {
    const document = await task.promise.catch((cause: unknown) => {
      throw openError(fileName, cause);
    });
    if (document.numPages > MAX_PDF_PAGES) {
      throw new ImportError(
        'too_large',
        `"${fileName}" has ${document.numPages} pages; Factdesk imports at most ${MAX_PDF_PAGES}. ` +
          'Extract the pages with the article into a new PDF and import that.',
      );
    }

    const pages: PdfPageLines[] = [];
    const pagesWithoutText: number[] = [];
    const unreadablePages: number[] = [];
    let length = 0;
    const startedAt = Date.now();
    for (let number = 1; number <= document.numPages; number++) {
      refuseIfTooSlow(fileName, startedAt, number - 1, document.numPages, deadline);
      const page = await readPage(document, number).catch(() => null);
      if (page === null) unreadablePages.push(number);
      else if (page.lines.length === 0) pagesWithoutText.push(number);
      else pages.push(page);
      for (const line of page?.lines ?? []) length += line.text.length + 1;
      if (length > MAX_IMPORT_CHARS) {
        throw new ImportError(
          'too_large',
          `"${fileName}" holds more than ${MAX_IMPORT_CHARS.toLocaleString('en')} characters of ` +
            'text. Split it into smaller files and import the part with the article.',
        );
      }
    }

    if (pages.length === 0) {
      if (unreadablePages.length === document.numPages) {
        throw new ImportError(
          'corrupt',
          `"${fileName}" is damaged: none of its pages could be read. Open it in a PDF viewer and ` +
            'save or print it to a new PDF, then import that.',
        );
      }
      throw new ImportError(
        'needs_ocr',
        `"${fileName}" has no text layer: its pages are images (a scan or a photo). Run it ` +
          'through OCR first (for example "Recognise text" in your PDF or scanner software), ' +
          'then import the result.',
      );
    }

    const { text, coverage } = assembleBlocks(pageBlocks(pages));
    const info = await document.getMetadata().then(
      (metadata) => metadata.info as Record<string, unknown>,
      () => ({}) as Record<string, unknown>,
    );
    return {
      format: 'pdf',
      text: normaliseText(text),
      meta: {
        title: usefulTitle(info.Title),
        author: textOrUndefined(info.Author),
        language: textOrUndefined(info.Language),
      },
      warnings: pageWarnings(pagesWithoutText, unreadablePages),
      coverage,
    };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

async function readPage(document: PDFDocumentProxy, number: number): Promise<PdfPageLines> {
  const page = await document.getPage(number);
  try {
    const content = await page.getTextContent();
    const pieces: PdfTextPiece[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
      pieces.push({
        str: item.str,
        x,
        y,
        width: item.width,
        // Some fonts report no height; the text matrix still gives the font size.
        height: item.height || Math.hypot(c, d),
        hasEOL: item.hasEOL,
      });
    }
    const [, bottom = 0, , top = 0] = page.view;
    return { lines: pageLines(pieces), bottom, top };
  } finally {
    page.cleanup();
  }
}

/**
 * Each page's text in reading order as one kept block, with its running header before it and
 * its footer after it as left-out blocks, so that a header goes back, if asked, where it was.
 */
function pageBlocks(pages: readonly PdfPageLines[]): SourceBlock[] {
  const repeated = findRepeatedLines(pages);
  return pages.flatMap((page, index) => {
    const dropped = repeated[index] ?? [];
    const droppedLines = new Set(dropped.map((entry) => entry.line));
    const kept = page.lines.filter((line) => !droppedLines.has(line));
    const leftOut = (place: 'header' | 'footer'): SourceBlock[] =>
      dropped
        .filter((entry) => entry.place === place)
        .map((entry) => ({
          text: entry.line.text,
          keep: false,
          reason: `running page ${place}, repeated on ${entry.pages} of ${pages.length} pages`,
        }));
    return [
      ...leftOut('header'),
      {
        text: paragraphs(readingOrder(kept)).join('\n\n'),
        keep: true,
        sourceChars: kept.reduce((sum, line) => sum + line.text.length, 0),
      },
      ...leftOut('footer'),
    ];
  });
}

function openError(fileName: string, cause: unknown): ImportError {
  const name = cause instanceof Error ? cause.name : '';
  if (name === 'PasswordException') {
    return new ImportError(
      'encrypted',
      `"${fileName}" is password-protected. Open it with the password, print or save it as a new ` +
        'PDF without protection, and import that.',
      { cause },
    );
  }
  return new ImportError(
    'corrupt',
    `"${fileName}" is damaged or not really a PDF, so it cannot be read. Open it in a PDF viewer ` +
      'and save or print it to a new PDF, then import that.',
    { cause },
  );
}

function pageWarnings(withoutText: number[], unreadable: number[]): string[] {
  const warnings: string[] = [];
  if (withoutText.length > 0) {
    warnings.push(
      `${pageList(withoutText)} ${withoutText.length === 1 ? 'has' : 'have'} no text layer and may be scanned images; their text is missing. ` +
        'Run the PDF through OCR if you need it.',
    );
  }
  if (unreadable.length > 0) {
    const verb = unreadable.length === 1 ? 'is' : 'are';
    warnings.push(
      `${pageList(unreadable)} ${verb} damaged and could not be read; their text is missing.`,
    );
  }
  return warnings;
}

function pageList(pages: number[]): string {
  const shown = pages.slice(0, 10).join(', ') + (pages.length > 10 ? ', …' : '');
  return pages.length === 1 ? `Page ${shown}` : `Pages ${shown}`;
}

function textOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Word's PDF export titles documents "Microsoft Word - draft3.docx"; that is no headline. */
function usefulTitle(value: unknown): string | undefined {
  const title = textOrUndefined(value)?.replace(/^Microsoft Word - /i, '');
  if (
    !title ||
    /\.(docx?|pdf|odt|rtf|txt|html?)$/i.test(title) ||
    /^(untitled|about:blank)$/i.test(title)
  ) {
    return undefined;
  }
  return title;
}

/**
 * Pages cost what their content streams cost, and many pages can share one large stream (5,000
 * pages of one stream took 91 s). Once pages have been read for a quarter of a second, the time the rest
 * would take is projected from them, and a PDF that could not finish before `deadline` is
 * refused at once rather than at the deadline.
 */
function refuseIfTooSlow(
  fileName: string,
  startedAt: number,
  pagesRead: number,
  pages: number,
  deadline: number | undefined,
): void {
  if (deadline === undefined || pagesRead === 0) return;
  const elapsed = Date.now() - startedAt;
  if (elapsed < 250 && Date.now() < deadline) return;
  const projected = startedAt + (elapsed / pagesRead) * pages;
  if (projected <= deadline) return;
  const seconds = Math.ceil((projected - startedAt) / 1000);
  throw new ImportError(
    'too_slow',
    `"${fileName}" would take about ${seconds.toLocaleString('en')} seconds to read (${pages.toLocaleString('en')} pages, ` +
      `${Math.round(elapsed / pagesRead).toLocaleString('en')} ms each), so Factdesk stopped; nothing was imported. ` +
      'Extract the pages with the article into a new PDF and import that.',
  );
}
