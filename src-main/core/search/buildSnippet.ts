import type { WordMatcher } from './queryMatcher';
import { searchTokens } from './searchTokens';

export interface Snippet {
  text: string;
  /** Matched words, as UTF-16 offsets into `text`. */
  highlights: { start: number; end: number }[];
}

/** Longest snippet, in UTF-16 code units (plus an ellipsis at either end). */
export const SNIPPET_LENGTH = 180;

/** Only this much of a very long text is read for a snippet, so a huge article stays quick. */
const SCAN_LIMIT = 200_000;
/** Enough matched words to choose the densest passage from. */
const HIT_LIMIT = 60;

function wordBoundaryBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.lastIndexOf(' ', at);
  return space === -1 || at - space > 20 ? at : space + 1;
}

function wordBoundaryAfter(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.indexOf(' ', at);
  return space === -1 || space - at > 20 ? at : space;
}

/**
 * A readable excerpt of the original text around the densest run of matched words, with
 * those words marked. Whitespace runs are shown as one space. Returns null when no word of the
 * text matches (the match was in another field).
 */
export function buildSnippet(source: string, matches: WordMatcher): Snippet | null {
  const text = source.replace(/\s+/gu, ' ');
  const hits: { start: number; end: number }[] = [];
  for (const token of searchTokens(text, SCAN_LIMIT)) {
    if (matches(token.text)) hits.push({ start: token.start, end: token.end });
    if (hits.length >= HIT_LIMIT) break;
  }
  const first = hits[0];
  if (!first) return null;
  // The window (SNIPPET_LENGTH wide, starting a little before a hit) holding the most hits.
  let best = { from: 0, count: 0 };
  let right = 0;
  for (let left = 0; left < hits.length; left += 1) {
    const from = (hits[left] as { start: number }).start;
    while (
      right < hits.length &&
      (hits[right] as { end: number }).end - from <= SNIPPET_LENGTH - 40
    ) {
      right += 1;
    }
    if (right - left > best.count) best = { from: left, count: right - left };
  }
  const anchor = (hits[best.from] as { start: number }).start;
  const start = wordBoundaryBefore(text, Math.max(0, anchor - 40));
  const end = wordBoundaryAfter(text, Math.min(text.length, start + SNIPPET_LENGTH));
  const slice = text.slice(start, end);
  const leading = slice.length - slice.trimStart().length;
  const before = start > 0 ? '…' : '';
  const after = end < text.length ? '…' : '';
  const shift = before.length - start - leading;
  return {
    text: `${before}${slice.trim()}${after}`,
    highlights: hits
      .filter((hit) => hit.start >= start && hit.end <= end)
      .map((hit) => ({ start: hit.start + shift, end: hit.end + shift })),
  };
}

/** The beginning of a text as a snippet without highlights. */
export function leadSnippet(source: string): Snippet {
  const text = source.replace(/\s+/gu, ' ').trim();
  if (text.length <= SNIPPET_LENGTH) return { text, highlights: [] };
  return { text: `${text.slice(0, wordBoundaryAfter(text, SNIPPET_LENGTH))}…`, highlights: [] };
}
