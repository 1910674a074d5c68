import { isMatchSpace, reducedIndexAt, toMatchable, type MatchableText } from './matchableText';

/**
 * How one side of a candidate's surroundings compares with the claim's stored context:
 * - `same`: they read alike (reduced as quotes are) over all the stretch both have;
 * - `paragraph`: they read alike up to a paragraph break that both have at the same distance,
 *   and differ only beyond it: the paragraph moved and has new neighbours;
 * - `edge`: exactly one of them is empty (the quote sits at the start or end of one text), so
 *   this side says nothing either way;
 * - `different`: they differ inside the claim's own paragraph. The words next to a quote are
 *   what tells two copies of it apart (who said it, about what), so this rules a place out.
 */
export type ContextKind = 'same' | 'paragraph' | 'edge' | 'different';

export interface ContextAgreement {
  readonly kind: ContextKind;
  /** Reduced units that agree, counted from the quote outwards (up to the break for `paragraph`). */
  readonly length: number;
}

/**
 * One side of a quote's context in reduced form, read outwards from the quote: `unit(0)` is
 * the reduced unit next to the quote. Lets a context be read in place inside a reduced text
 * as well as from a reduced copy of it.
 */
export interface ContextView {
  readonly length: number;
  unit(distance: number): number;
  /** Line ends in the white space that the unit at `distance` stands for. */
  lineEnds(distance: number): number;
}

/** A whole reduced context (a stored prefix or suffix) as seen from the quote. */
export function viewOf(m: MatchableText, side: 'prefix' | 'suffix'): ContextView {
  const indexOf = (distance: number) =>
    side === 'prefix' ? m.text.length - 1 - distance : distance;
  return {
    length: m.text.length,
    unit: (distance) => m.text.charCodeAt(indexOf(distance)),
    lineEnds: (distance) => {
      const index = indexOf(distance);
      return lineEndsIn(m.original, m.starts[index] ?? 0, m.ends[index] ?? 0);
    },
  };
}

/**
 * The context beside original[start, end) read in place inside a reduced text: up to `reach`
 * code units of the original beyond the quote, as contextAround cuts it, without copying.
 */
export function viewIn(
  target: MatchableText,
  start: number,
  end: number,
  side: 'prefix' | 'suffix',
  reach: number,
): ContextView {
  const { text, starts, ends, original } = target;
  if (side === 'prefix') {
    const first = reducedIndexAt(target, start) - 1;
    const limit = Math.max(0, start - reach);
    let length = 0;
    while (first - length >= 0 && (starts[first - length] ?? 0) >= limit) {
      if (text.charCodeAt(first - length) === STRETCH_EDGE) break;
      length++;
    }
    return {
      length,
      unit: (distance) => text.charCodeAt(first - distance),
      lineEnds: (distance) =>
        lineEndsIn(original, starts[first - distance] ?? 0, ends[first - distance] ?? 0),
    };
  }
  const first = reducedIndexAt(target, end);
  const limit = Math.min(original.length, end + reach);
  let length = 0;
  while (first + length < text.length && (ends[first + length] ?? 0) <= limit) {
    if (text.charCodeAt(first + length) === STRETCH_EDGE) break;
    length++;
  }
  return {
    length,
    unit: (distance) => text.charCodeAt(first + distance),
    lineEnds: (distance) =>
      lineEndsIn(original, starts[first + distance] ?? 0, ends[first + distance] ?? 0),
  };
}

/** What toMatchableRanges puts between stretches; a context read in place stops there. */
const STRETCH_EDGE = 0xffff;

/**
 * Compares the stored context of one side of a quote (`prefix`: the text before it, read from
 * its end; `suffix`: the text after it, read from its start) with the text beside a candidate.
 * Both are reduced (see toMatchable), so line ends, white space and quotation mark styles
 * never count as a difference.
 */
export function compareContext(
  stored: string | MatchableText | ContextView,
  found: string | MatchableText | ContextView,
  side: 'prefix' | 'suffix',
  linesAreParagraphs = false,
): ContextAgreement {
  const a = asView(stored, side);
  const b = asView(found, side);
  const shared = Math.min(a.length, b.length);
  let agree = 0;
  while (agree < shared && a.unit(agree) === b.unit(agree)) agree++;
  if (a.length === 0 && b.length === 0) return { kind: 'same', length: 0 };
  if (shared === 0) return { kind: 'edge', length: 0 };
  if (agree === shared) return { kind: 'same', length: agree };
  const breakA = firstParagraphBreak(a, agree, linesAreParagraphs);
  const breakB = firstParagraphBreak(b, agree, linesAreParagraphs);
  return breakA >= 0 && breakA === breakB
    ? { kind: 'paragraph', length: breakA }
    : { kind: 'different', length: agree };
}

function asView(
  context: string | MatchableText | ContextView,
  side: 'prefix' | 'suffix',
): ContextView {
  if (typeof context === 'string') return viewOf(toMatchable(context), side);
  return 'unit' in context ? context : viewOf(context, side);
}

/** Distance from the quote of the first reduced space, before `limit`, that was a paragraph break. */
function firstParagraphBreak(
  view: ContextView,
  limit: number,
  linesAreParagraphs: boolean,
): number {
  const needed = linesAreParagraphs ? 1 : 2;
  for (let distance = 0; distance < limit; distance++) {
    if (view.unit(distance) !== 0x20) continue;
    if (view.lineEnds(distance) >= needed) return distance;
  }
  return -1;
}

/**
 * Line ends in text[start, end): LF, CR and CRLF count once each; the Unicode paragraph
 * separator counts as a blank line.
 */
function lineEndsIn(text: string, start: number, end: number): number {
  let lineEnds = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x2029) lineEnds += 2;
    else if (unit === 0x0a || unit === 0x2028) lineEnds++;
    else if (unit === 0x0d && text.charCodeAt(i + 1) !== 0x0a) lineEnds++;
  }
  return lineEnds;
}

/**
 * Paragraph breaks in text[start, end), widened to the whole white-space runs at its ends, so
 * an edit that removes one line end of a blank line is seen to remove a paragraph break.
 */
export function paragraphBreaksIn(
  text: string,
  start: number,
  end: number,
  linesAreParagraphs: boolean,
): number {
  const needed = linesAreParagraphs ? 1 : 2;
  let from = start;
  let to = end;
  while (from > 0 && isMatchSpace(text.charCodeAt(from - 1))) from--;
  while (to < text.length && isMatchSpace(text.charCodeAt(to))) to++;
  let breaks = 0;
  let runStart = -1;
  for (let i = from; i <= to; i++) {
    const inRun = i < to && isMatchSpace(text.charCodeAt(i));
    if (inRun && runStart < 0) runStart = i;
    if (!inRun && runStart >= 0) {
      if (lineEndsIn(text, runStart, i) >= needed) breaks++;
      runStart = -1;
    }
  }
  return breaks;
}

/**
 * Whether a text ends its paragraphs with single line ends. A text that has blank lines uses
 * them between paragraphs, and a single line end there is only a wrapped line (as in the
 * licence texts under /usr/share/common-licenses); a text without any takes each line as a
 * paragraph. Decides what counts as a paragraph break for compareContext.
 */
export function linesAreParagraphs(text: string): boolean {
  return !BLANK_LINE.test(text);
}

const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r(?!\n)|\n)|\u2029/;
