import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { normaliseText } from '../core/text/normaliseText';
import { ImportError } from './ImportError';
import type { ImportResult } from './ImportResult';
import { MAX_IMPORT_CHARS, MAX_PDF_PAGES } from './limits';
import { loadPdfjs, pdfjsDataFolders } from './loadPdfjs';
import type { PdfTextPiece } from './pdfPageText';
import { pdfPageText } from './pdfPageText';

/**
 * A PDF's text layer, page by page, with paragraphs rebuilt. Fonts are never loaded or
 * evaluated (only their character maps are read) and nothing is fetched.
 */
export async function importPdf(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
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

    const pages: string[] = [];
    const pagesWithoutText: number[] = [];
    const unreadablePages: number[] = [];
    let length = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const text = await readPage(document, number).catch(() => null);
      if (text === null) unreadablePages.push(number);
      else if (!text.trim()) pagesWithoutText.push(number);
      else pages.push(text);
      length += text?.length ?? 0;
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

    const info = await document.getMetadata().then(
      (metadata) => metadata.info as Record<string, unknown>,
      () => ({}) as Record<string, unknown>,
    );
    return {
      format: 'pdf',
      text: normaliseText(pages.join('\n\n')),
      meta: {
        title: usefulTitle(info.Title),
        author: textOrUndefined(info.Author),
        language: textOrUndefined(info.Language),
      },
      warnings: pageWarnings(pagesWithoutText, unreadablePages),
    };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

async function readPage(document: PDFDocumentProxy, number: number): Promise<string> {
  const page = await document.getPage(number);
  try {
    const content = await page.getTextContent();
    const pieces: PdfTextPiece[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      pieces.push({
        str: item.str,
        x: item.transform[4] ?? 0,
        y: item.transform[5] ?? 0,
        width: item.width,
        height: item.height,
        hasEOL: item.hasEOL,
      });
    }
    return pdfPageText(pieces);
  } finally {
    page.cleanup();
  }
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
  if (!title || /\.(docx?|pdf|odt|rtf|txt|html?)$/i.test(title) || /^untitled$/i.test(title)) {
    return undefined;
  }
  return title;
}
