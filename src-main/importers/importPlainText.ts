import { normaliseText } from '../core/text/normaliseText';
import { decodeText } from './decodeText';
import type { ImportResult } from './ImportResult';
import { titleFromPlainText } from './titleFromPlainText';

/**
 * Text and Markdown are kept exactly as written (only normaliseText): claims are anchored to
 * offsets in this text, and the Markdown source is what the fact-checker will quote.
 */
export function importPlainText(bytes: Uint8Array, format: 'text' | 'markdown'): ImportResult {
  const decoded = decodeText(bytes);
  const text = normaliseText(decoded.text);
  const title = titleFromPlainText(text, format === 'markdown');
  return { format, text, meta: title ? { title } : {}, warnings: decoded.warnings };
}
