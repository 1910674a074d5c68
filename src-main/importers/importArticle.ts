import { importFormatInfo, importFormatNamed } from '../core/fileFormats';
import { fitMeta } from './fitMeta';
import { importDocx } from './importDocx';
import { ImportError } from './ImportError';
import { importHtml } from './importHtml';
import { importPdf } from './importPdf';
import { importPlainText } from './importPlainText';
import { mendImportedText } from './mendImportedText';
import { coverageWarnings } from '../core/importing/coverageWarnings';
import type { ImportFormat, ImportOptions, ImportResult } from './ImportResult';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CHARS, describeBytes } from './limits';
import { sniffFormat } from './sniffFormat';
import { errorMessage } from '../core/errorMessage';

const inSentence = (format: ImportFormat) => importFormatInfo[format].inSentence;

/**
 * Turns an article file into clean text and whatever metadata it carries. The format comes from
 * the content, not the name. Every failure is an ImportError with a message for the person
 * importing; nothing is written anywhere, so the caller stores the result only on success.
 * `options.encoding` overrides character-set detection for text-based formats and
 * `options.language` helps it; the result's coverage says what of the body text was left out.
 */
export async function importArticle(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  assertImportSize(fileName, bytes.byteLength);
  const format = sniffFormat(fileName, bytes);

  let result: ImportResult;
  try {
    result = mendImportedText(await importAs(format, fileName, bytes, options));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      'corrupt',
      `"${fileName}" looks like ${inSentence(format)} but could not be read ` +
        `(${errorMessage(error)}). ` +
        'Open it in the program that made it, save a fresh copy, and import that.',
      { cause: error },
    );
  }

  if (result.text.length > MAX_IMPORT_CHARS) {
    throw new ImportError(
      'too_large',
      `"${fileName}" holds ${result.text.length.toLocaleString('en')} characters of text; ` +
        `Factdesk imports at most ${MAX_IMPORT_CHARS.toLocaleString('en')}. ` +
        'Split it and import the part with the article.',
    );
  }
  if (!result.text.trim()) {
    throw new ImportError(
      'empty',
      `"${fileName}" contains no article text. Check that it is the right file and was saved completely.`,
    );
  }

  const warnings = [...result.warnings, ...coverageWarnings(result.coverage)];
  const named = importFormatNamed(fileName);
  if (named && named !== format && !(isPlain(named) && isPlain(format))) {
    warnings.push(
      `The file name says ${inSentence(named)}, but the content is ${inSentence(format)}; ` +
        'it was imported as what it contains.',
    );
  }
  return { ...result, meta: fitMeta(result.meta, warnings), warnings };
}

/** Refuses a file by size alone, so a caller can check `stat` before reading the file. */
export function assertImportSize(fileName: string, byteLength: number): void {
  if (byteLength > MAX_IMPORT_BYTES) {
    throw new ImportError(
      'too_large',
      `"${fileName}" is ${describeBytes(byteLength)}; Factdesk imports files up to ` +
        `${describeBytes(MAX_IMPORT_BYTES)}. Save just the article as a smaller file and import that.`,
    );
  }
}

function importAs(
  format: ImportFormat,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportResult> {
  switch (format) {
    case 'text':
    case 'markdown':
      return Promise.resolve().then(() => importPlainText(bytes, format, options));
    case 'html':
      return Promise.resolve().then(() => importHtml(bytes, options));
    case 'docx':
      return importDocx(fileName, bytes);
    case 'pdf':
      return importPdf(fileName, bytes, options.deadline);
  }
}

function isPlain(format: ImportFormat): boolean {
  return format === 'text' || format === 'markdown';
}
