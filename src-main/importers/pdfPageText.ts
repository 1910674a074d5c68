/** What the PDF layout code needs from a pdf.js text item, in PDF user space (y grows upwards). */
export interface PdfTextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A run of text on one baseline with no wide gap in it: a line, or a line's part in a column. */
export interface PdfLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  right: number;
  height: number;
}

/** A gap wider than this many font heights ends a line fragment (column gutters, table cells). */
const FRAGMENT_GAP = 1.0;
/** Layout analysis is quadratic in the worst case; pages with more fragments are read top-down. */
const MAX_FRAGMENTS_FOR_COLUMNS = 3_000;

/**
 * One page's text with its paragraphs rebuilt: pieces become line fragments by position (the
 * order the content stream draws them in does not matter), fragments are put in reading order
 * (columns one after another, see readingOrder), lines join into paragraphs with a blank line
 * between them, and words hyphenated across a line end are mended.
 */
export function pdfPageText(pieces: readonly PdfTextPiece[]): string {
  return paragraphs(readingOrder(pageLines(pieces))).join('\n\n');
}

/**
 * Line fragments from pieces: pieces are grouped by baseline (within half a font height), sorted
 * left to right, and split where the gap between two pieces is wider than a font height. A
 * space is added between pieces only where there is a gap and neither piece brings one.
 */
export function pageLines(pieces: readonly PdfTextPiece[]): PdfLine[] {
  const visible = pieces
    .filter((piece) => piece.str.trim() !== '')
    .map((piece) => ({ ...piece, height: Math.abs(piece.height) || 1 }))
    .sort((a, b) => b.y - a.y || a.x - b.x);

  const lines: PdfLine[] = [];
  let row: typeof visible = [];
  const flushRow = () => {
    row.sort((a, b) => a.x - b.x);
    let current: PdfLine | null = null;
    for (const piece of row) {
      const gap = current ? piece.x - current.right : 0;
      if (current && gap > Math.max(current.height, piece.height) * FRAGMENT_GAP) {
        lines.push(finish(current));
        current = null;
      }
      if (!current) {
        current = {
          text: piece.str,
          x: piece.x,
          y: piece.y,
          right: piece.x + piece.width,
          height: piece.height,
        };
        continue;
      }
      const needsSpace =
        gap > piece.height * 0.15 && !/\s/.test(current.text.slice(-1)) && !/^\s/.test(piece.str);
      current.text += (needsSpace ? ' ' : '') + piece.str;
      current.right = Math.max(current.right, piece.x + piece.width);
      current.height = Math.max(current.height, piece.height);
    }
    if (current) lines.push(finish(current));
    row = [];
  };
  for (const piece of visible) {
    const first = row[0];
    if (first && Math.abs(piece.y - first.y) > Math.max(first.height, piece.height) * 0.5)
      flushRow();
    row.push(piece);
  }
  flushRow();
  return lines;
}

function finish(line: PdfLine): PdfLine {
  return { ...line, text: line.text.replace(/\s+/g, ' ').trim() };
}

/**
 * Fragments in reading order, by recursive cuts along the page's white space. A region whose
 * lines leave a vertical gutter free is read left side first, then right side, so multi-column
 * pages read column by column whatever order the content stream drew them in. Lines that cross
 * an otherwise clear gutter (a headline over two columns) split the region into bands read top
 * to bottom. A region without a gutter is read top to bottom, left to right. Narrow label
 * columns and tables of short aligned cells are not columns and keep their rows.
 */
export function readingOrder(lines: readonly PdfLine[]): PdfLine[] {
  if (lines.length > MAX_FRAGMENTS_FOR_COLUMNS) return [...lines].sort(topDown);
  const ordered: PdfLine[] = [];
  const stack: PdfLine[][] = [[...lines]];
  while (stack.length > 0) {
    const region = stack.pop() as PdfLine[];
    if (region.length <= 1) {
      ordered.push(...region);
      continue;
    }
    const gutter = findGutter(region);
    if (!gutter) {
      ordered.push(...region.sort(topDown));
      continue;
    }
    const crossing = (line: PdfLine) => line.x < gutter.end && line.right > gutter.start;
    if (!region.some(crossing)) {
      const left = region.filter((line) => line.right <= gutter.start);
      const right = region.filter((line) => line.x >= gutter.end);
      stack.push(right, left);
      continue;
    }
    const bands = bandsAround(region.sort(topDown), crossing);
    if (bands.length <= 1) {
      ordered.push(...region);
      continue;
    }
    for (let i = bands.length - 1; i >= 0; i--) stack.push(bands[i] as PdfLine[]);
  }
  return ordered;
}

function topDown(a: PdfLine, b: PdfLine): number {
  const sameRow = Math.abs(a.y - b.y) <= Math.max(a.height, b.height) * 0.5;
  return sameRow ? a.x - b.x : b.y - a.y;
}

/** Lines sorted top-down, split into runs of crossing and of non-crossing lines. */
function bandsAround(sorted: PdfLine[], crossing: (line: PdfLine) => boolean): PdfLine[][] {
  const bands: PdfLine[][] = [];
  let previous: boolean | null = null;
  for (const line of sorted) {
    const crosses = crossing(line);
    if (crosses !== previous) bands.push([]);
    (bands[bands.length - 1] as PdfLine[]).push(line);
    previous = crosses;
  }
  return bands;
}

interface Gutter {
  start: number;
  end: number;
}

/**
 * The widest vertical strip of white space that most lines leave free, with real columns on
 * both sides: at least two lines and a tenth of the region's width each, and not a table of
 * short cells in aligned rows. Coverage is counted on a grid of whole points.
 */
function findGutter(region: readonly PdfLine[]): Gutter | null {
  let minX = Infinity;
  let maxX = -Infinity;
  const heights: number[] = [];
  for (const line of region) {
    minX = Math.min(minX, line.x);
    maxX = Math.max(maxX, line.right);
    heights.push(line.height);
  }
  const width = maxX - minX;
  if (!(width > 0) || width > 20_000) return null;
  heights.sort((a, b) => a - b);
  const minGutter = Math.max(2, (heights[Math.floor(heights.length / 2)] ?? 10) * 0.5);

  const cells = Math.ceil(width) + 1;
  const coverage = new Int32Array(cells + 1);
  for (const line of region) {
    // A difference array: +1 where the line starts, -1 after it ends.
    const from = Math.max(0, Math.floor(line.x - minX));
    const to = Math.min(cells, Math.ceil(line.right - minX));
    coverage[from] = (coverage[from] ?? 0) + 1;
    coverage[to] = (coverage[to] ?? 0) - 1;
  }
  const counts = new Int32Array(cells);
  let running = 0;
  for (let cell = 0; cell < cells; cell++) {
    running += coverage[cell] ?? 0;
    counts[cell] = running;
  }
  // Free enough: crossed by at most a fifth of the lines (headlines, captions, rules of text).
  // Within such a strip the gutter is its core: the widest stretch crossed by the fewest lines.
  const allowed = Math.floor(region.length / 5);
  const candidates: (Gutter & { crossings: number })[] = [];
  let cell = 1;
  while (cell < cells - 1) {
    if ((counts[cell] ?? 0) > allowed) {
      cell++;
      continue;
    }
    const runStart = cell;
    let fewest = Infinity;
    while (cell < cells - 1 && (counts[cell] ?? 0) <= allowed) {
      fewest = Math.min(fewest, counts[cell] ?? 0);
      cell++;
    }
    if (cell >= cells - 1) break; // touches the region's right edge: a margin, not a gutter
    let coreStart = -1;
    let best: Gutter | null = null;
    for (let inner = runStart; inner <= cell; inner++) {
      const inCore = inner < cell && counts[inner] === fewest;
      if (inCore && coreStart < 0) coreStart = inner;
      if (!inCore && coreStart >= 0) {
        if (!best || inner - coreStart > best.end - best.start) {
          best = { start: coreStart, end: inner };
        }
        coreStart = -1;
      }
    }
    if (best && best.end - best.start >= minGutter) {
      candidates.push({ start: minX + best.start, end: minX + best.end, crossings: fewest });
    }
  }
  candidates.sort((a, b) => a.crossings - b.crossings || b.end - b.start - (a.end - a.start));
  return candidates.find((gutter) => hasColumnsBeside(region, gutter, width)) ?? null;
}

function hasColumnsBeside(region: readonly PdfLine[], gutter: Gutter, width: number): boolean {
  const left = region.filter((line) => line.right <= gutter.start);
  const right = region.filter((line) => line.x >= gutter.end);
  if (left.length < 2 || right.length < 2) return false;
  const extent = (side: PdfLine[]) =>
    Math.max(...side.map((line) => line.right)) - Math.min(...side.map((line) => line.x));
  if (extent(left) < width * 0.1 || extent(right) < width * 0.1) return false;
  return !isTableOfShortCells(left, right);
}

/** Every line has a partner on the same baseline across the gutter, and the lines are short. */
function isTableOfShortCells(left: PdfLine[], right: PdfLine[]): boolean {
  const meanLength = (side: PdfLine[]) =>
    side.reduce((sum, line) => sum + line.text.length, 0) / side.length;
  if (meanLength(left) >= 8 || meanLength(right) >= 8) return false;
  const baselines = (side: PdfLine[]) => new Set(side.map((line) => Math.round(line.y)));
  const leftRows = baselines(left);
  const rightRows = baselines(right);
  if (leftRows.size !== rightRows.size) return false;
  for (const row of leftRows) if (!rightRows.has(row)) return false;
  return true;
}

/** Lines in reading order joined into paragraphs (see startsNewParagraph). */
export function paragraphs(allLines: readonly PdfLine[]): string[] {
  const merged = mergeRowNeighbours(allLines);
  const step = typicalLineStep(merged);
  const widest = widestByIndent(merged);
  const result: string[] = [];
  const paragraph = new ParagraphBuilder();

  merged.forEach((line, index) => {
    const previous = merged[index - 1];
    if (!previous || startsNewParagraph(previous, line, step, widest(previous))) {
      const done = paragraph.take();
      if (done) result.push(done);
    }
    paragraph.add(line.text);
  });
  const last = paragraph.take();
  if (last) result.push(last);
  return result;
}

/** Fragments of one row that end up next to each other in reading order are one line again. */
function mergeRowNeighbours(lines: readonly PdfLine[]): PdfLine[] {
  const merged: PdfLine[] = [];
  for (const line of lines) {
    const previous = merged[merged.length - 1];
    if (
      previous &&
      line.x >= previous.right &&
      Math.abs(line.y - previous.y) <= Math.max(line.height, previous.height) * 0.5
    ) {
      merged[merged.length - 1] = {
        ...previous,
        text: `${previous.text} ${line.text}`,
        right: line.right,
        height: Math.max(previous.height, line.height),
      };
      continue;
    }
    merged.push(line);
  }
  return merged;
}

/** For a line, the width of the widest line that starts where it does (its column's measure). */
function widestByIndent(lines: readonly PdfLine[]): (line: PdfLine) => number {
  const byStart = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.x / 4);
    byStart.set(key, Math.max(byStart.get(key) ?? 0, line.right - line.x));
  }
  return (line) => {
    const key = Math.round(line.x / 4);
    return Math.max(byStart.get(key - 1) ?? 0, byStart.get(key) ?? 0, byStart.get(key + 1) ?? 0);
  };
}

function startsNewParagraph(
  previous: PdfLine,
  line: PdfLine,
  step: number | null,
  widest: number,
): boolean {
  const drop = previous.y - line.y;
  const height = Math.max(previous.height, line.height);
  if (drop <= 0) {
    // Moved up: a new column or a text box. A sentence that runs on into the next column
    // (no closing punctuation, lower-case continuation) stays one paragraph.
    return /[.!?:"”’)]$/.test(previous.text) || !/^\p{Ll}/u.test(line.text);
  }
  if (!similarSize(previous.height, line.height)) return true; // heading and body
  // Extra space between blocks; spacing grows with the font, so it is compared per font height.
  if (drop > (step ? step * height * 1.3 : height * 1.6)) return true;
  // Books and papers mark paragraphs by a short last line instead of a gap.
  const previousWasShort = previous.right - previous.x < widest * 0.7;
  return previousWasShort && /[.!?:"”’)]$/.test(previous.text) && /^\p{Lu}/u.test(line.text);
}

/**
 * The line spacing in font heights: a low quartile of the distances between consecutive
 * same-size lines, each divided by their height. Lines within a paragraph outnumber gaps
 * between paragraphs, but on a short page not by much, so a median could land on a gap.
 */
function typicalLineStep(allLines: readonly PdfLine[]): number | null {
  const steps: number[] = [];
  for (let i = 1; i < allLines.length; i++) {
    const previous = allLines[i - 1];
    const line = allLines[i];
    if (!previous || !line || !similarSize(previous.height, line.height)) continue;
    const drop = previous.y - line.y;
    if (drop > 0 && drop < line.height * 3) steps.push(drop / line.height);
  }
  if (steps.length === 0) return null;
  steps.sort((a, b) => a - b);
  return steps[Math.floor((steps.length - 1) / 4)] ?? null;
}

function similarSize(a: number, b: number): boolean {
  const ratio = a / b;
  return ratio > 0.85 && ratio < 1.18;
}

const SOFT_HYPHEN_AT_END = /\u00ad$/;
const WORD_BREAK_HYPHEN = /\p{L}[-\u2010]$/u;
const COMPOUND_HYPHEN = /[\p{L}\p{N}][-\u2010]$/u;
const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Joins the next line onto a paragraph. A hyphen between letters at the line end, followed by a
 * lower-case letter, is a typesetting break ("infor-" + "mation"), so it goes. Before a capital
 * or a digit it belongs to a compound ("anti-" + "EU", "10-" + "12") and stays, without a space.
 * Hyphens inside a line ("well-known") never reach this function.
 */
export function joinLines(paragraph: string, next: string): string {
  if (!paragraph) return next;
  const { dropLast, separator } = lineJoint(paragraph.slice(-3), next);
  return (dropLast ? paragraph.slice(0, -1) : paragraph) + separator + next;
}

/**
 * How a line joins the text before it, decided from that text's last few characters (`tail`)
 * only: end-anchored patterns over a whole growing paragraph made joining quadratic.
 */
function lineJoint(tail: string, next: string): { dropLast: boolean; separator: string } {
  if (SOFT_HYPHEN_AT_END.test(tail)) return { dropLast: true, separator: '' };
  if (WORD_BREAK_HYPHEN.test(tail) && /^\p{Ll}/u.test(next)) {
    return { dropLast: true, separator: '' };
  }
  if (COMPOUND_HYPHEN.test(tail) && /^[\p{Lu}\p{N}]/u.test(next)) {
    return { dropLast: false, separator: '' };
  }
  const last = tail.at(-1) ?? '';
  const first = next[0] ?? '';
  if (NO_SPACE_SCRIPTS.test(last) && NO_SPACE_SCRIPTS.test(first)) {
    return { dropLast: false, separator: '' };
  }
  return { dropLast: false, separator: ' ' };
}

/**
 * A paragraph built line by line: the pieces are kept in an array and only the last few
 * characters are looked at, since slicing a string built by `+` copies all of it every time.
 */
class ParagraphBuilder {
  private pieces: string[] = [];
  private tail = '';

  add(line: string): void {
    if (this.pieces.length === 0) {
      this.pieces.push(line);
      this.tail = line.slice(-3);
      return;
    }
    const { dropLast, separator } = lineJoint(this.tail, line);
    if (dropLast) {
      const last = this.pieces.length - 1;
      this.pieces[last] = (this.pieces[last] ?? '').slice(0, -1);
    }
    this.pieces.push(separator, line);
    this.tail = (this.tail.slice(0, dropLast ? -1 : undefined) + separator + line).slice(-3);
  }

  take(): string {
    const text = this.pieces.join('');
    this.pieces = [];
    this.tail = '';
    return text;
  }
}
