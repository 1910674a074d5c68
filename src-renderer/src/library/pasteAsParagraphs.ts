import type { ClipboardEvent } from 'react';
import { htmlToParagraphs } from './htmlToParagraphs';

/**
 * Handles a paste into a textarea: rich text keeps its paragraphs, anything else pastes as
 * usual. Returns the textarea's new value and caret, or null to let the browser paste.
 */
export function pasteAsParagraphs(
  event: ClipboardEvent<HTMLTextAreaElement>,
): { value: string; caret: number } | null {
  const html = event.clipboardData.getData('text/html');
  if (!html) return null;
  const text = htmlToParagraphs(html);
  if (!text) return null;
  event.preventDefault();
  const area = event.currentTarget;
  const value =
    area.value.slice(0, area.selectionStart) + text + area.value.slice(area.selectionEnd);
  return { value, caret: area.selectionStart + text.length };
}
