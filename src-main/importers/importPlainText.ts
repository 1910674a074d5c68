import { normaliseText } from '../core/text/normaliseText';
import { decodeText } from './decodeText';
import type { ImportOptions, ImportResult } from './ImportResult';
import { titleFromPlainText } from './titleFromPlainText';

/**
 * Text and Markdown are kept exactly as written (only normaliseText): claims are anchored to
 * offsets in this text, and the Markdown source is what the fact-checker will quote. Nothing is
 * left out, so coverage is complete by definition.
 */
export function importPlainText(
  bytes: Uint8Array,
  format: 'text' | 'markdown',
  options: ImportOptions = {},
): ImportResult {
  const decoded = decodeText(bytes, options);
  const text = normaliseText(decoded.text);
  const title = titleFromPlainText(text, format === 'markdown');
  return {
    format,
    text,
    meta: title ? { title } : {},
    warnings: decoded.warnings,
    coverage: { importedChars: text.length, sourceChars: text.length, leftOut: [], unlisted: 0 },
    encoding: decoded.encoding,
  };
}
