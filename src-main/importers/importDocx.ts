import mammoth from 'mammoth';
import { normaliseText } from '../core/text/normaliseText';
import { ImportError } from './ImportError';
import type { ImportResult } from './ImportResult';
import { inspectZip } from './inspectZip';
import { readDocxCoreProperties } from './readDocxCoreProperties';

const CORE_PROPERTIES = 'docProps/core.xml';
const MAIN_DOCUMENT = 'word/document.xml';

/**
 * A Word document's paragraphs, separated by blank lines, with every character as typed
 * (curly quotes, dashes, non-breaking spaces). The archive is vetted by inspectZip before
 * mammoth inflates anything.
 */
export async function importDocx(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
  const zip = await inspectZip(fileName, bytes, (name) => name === CORE_PROPERTIES);
  if (!zip.entryNames.has(MAIN_DOCUMENT)) {
    throw new ImportError(
      'unsupported',
      `"${fileName}" is a zip archive but not a Word document (it has no ${MAIN_DOCUMENT}). ` +
        'Save the article as .docx from Word and import that.',
    );
  }

  let raw: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    raw = (await mammoth.extractRawText({ buffer })).value;
  } catch (cause) {
    throw new ImportError(
      'corrupt',
      `"${fileName}" could not be read as a Word document: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        'Open it in Word and save a fresh copy, then import that.',
      { cause },
    );
  }

  const core = zip.kept.get(CORE_PROPERTIES);
  return {
    format: 'docx',
    // mammoth ends every paragraph with a blank line; empty paragraphs would stack them up.
    text: normaliseText(raw)
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    meta: core ? readDocxCoreProperties(core.toString('utf8')) : {},
    warnings: [],
  };
}
