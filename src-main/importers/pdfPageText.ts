/** What pdfPageText needs from a pdf.js text item, in PDF user space (y grows upwards). */
export interface PdfTextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  height: number;
  right: number;
}

/**
 * One page's text with its paragraphs rebuilt: pieces become lines by position and end-of-line
 * marks, lines join into paragraphs (a blank line between them), and words hyphenated across a
 * line end are mended.
 */
export function pdfPageText(pieces: readonly PdfTextPiece[]): string {
  return paragraphs(lines(pieces)).join('\n\n');
}

function lines(pieces: readonly PdfTextPiece[]): Line[] {
  const done: Line[] = [];
  let current: Line | null = null;

  const finish = () => {
    if (current && current.text.trim()) done.push({ ...current, text: current.text.trim() });
    current = null;
  };

  for (const piece of pieces) {
    const height = Math.abs(piece.height) || 1;
    const line: Line | null = current;
    if (line && Math.abs(piece.y - line.y) > Math.max(line.height, height) * 0.5) finish();
    if (piece.str) {
      if (!current) {
        current = { text: '', x: piece.x, y: piece.y, height, right: piece.x };
      }
      const open: Line = current;
      const gap = piece.x - open.right;
      const needsSpace =
        open.text !== '' && gap > height * 0.15 && !/\s$/.test(open.text) && !/^\s/.test(piece.str);
      open.text += (needsSpace ? ' ' : '') + piece.str;
      open.right = Math.max(open.right, piece.x + piece.width);
      open.height = Math.max(open.height, height);
    }
    if (piece.hasEOL) finish();
  }
  finish();
  return done;
}

function paragraphs(allLines: Line[]): string[] {
  const step = typicalLineStep(allLines);
  const widest = allLines.reduce((most, line) => Math.max(most, line.right - line.x), 0);
  const result: string[] = [];
  let paragraph = '';

  allLines.forEach((line, index) => {
    const previous = allLines[index - 1];
    if (previous && !startsNewParagraph(previous, line, step, widest)) {
      paragraph = joinLines(paragraph, line.text);
      return;
    }
    if (paragraph) result.push(paragraph);
    paragraph = line.text;
  });
  if (paragraph) result.push(paragraph);
  return result;
}

function startsNewParagraph(
  previous: Line,
  line: Line,
  step: number | null,
  widest: number,
): boolean {
  const drop = previous.y - line.y;
  const height = Math.max(previous.height, line.height);
  if (drop <= 0) return true; // moved up: a new column or a text box
  if (!similarSize(previous.height, line.height)) return true; // heading and body
  if (drop > (step ? step * 1.3 : height * 1.6)) return true; // extra space between blocks
  // Books and papers mark paragraphs by a short last line instead of a gap.
  const previousWasShort = previous.right - previous.x < widest * 0.7;
  return previousWasShort && /[.!?:"”’)]$/.test(previous.text) && /^\p{Lu}/u.test(line.text);
}

/**
 * The line spacing: a low quartile of the distances between consecutive same-size lines. Lines
 * within a paragraph outnumber gaps between paragraphs, but on a short page not by much, so a
 * median could land on a paragraph gap.
 */
function typicalLineStep(allLines: Line[]): number | null {
  const steps: number[] = [];
  for (let i = 1; i < allLines.length; i++) {
    const previous = allLines[i - 1];
    const line = allLines[i];
    if (!previous || !line || !similarSize(previous.height, line.height)) continue;
    const drop = previous.y - line.y;
    if (drop > 0 && drop < line.height * 3) steps.push(drop);
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
  if (SOFT_HYPHEN_AT_END.test(paragraph)) return paragraph.slice(0, -1) + next;
  if (WORD_BREAK_HYPHEN.test(paragraph) && /^\p{Ll}/u.test(next)) {
    return paragraph.slice(0, -1) + next;
  }
  if (COMPOUND_HYPHEN.test(paragraph) && /^[\p{Lu}\p{N}]/u.test(next)) return paragraph + next;
  const last = paragraph.at(-1) ?? '';
  const first = next[0] ?? '';
  if (NO_SPACE_SCRIPTS.test(last) && NO_SPACE_SCRIPTS.test(first)) return paragraph + next;
  return `${paragraph} ${next}`;
}
