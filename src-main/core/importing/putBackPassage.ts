import type { ImportCoverage, LeftOutPassage } from './ImportCoverage';

export interface PutBackResult {
  text: string;
  /** Where the passage went in the old text, after any move to a line end. */
  at: number;
  /** UTF-16 offsets of the passage in the new text. */
  start: number;
  end: number;
}

/**
 * Puts a left-out passage back into the text as a paragraph of its own at `at` (a UTF-16
 * offset), with one blank line on each side. An offset that falls inside a line, which happens
 * only after the text around it was edited, moves to the end of that line so that no words are
 * split.
 */
export function putBackPassage(text: string, at: number, passage: string): PutBackResult {
  let offset = Math.max(0, Math.min(at, text.length));
  if (offset > 0 && text[offset - 1] !== '\n' && text[offset] !== '\n') {
    const lineEnd = text.indexOf('\n', offset);
    offset = lineEnd === -1 ? text.length : lineEnd;
  }
  const before = text.slice(0, offset);
  const after = text.slice(offset);
  const lead =
    before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail =
    after === '' || after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const start = offset + lead.length;
  return {
    text: before + lead + passage + trail + after,
    at: offset,
    start,
    end: start + passage.length,
  };
}

/**
 * Puts passage `index` of a coverage report back and returns the new text with the report that
 * remains: the passage leaves `leftOut`, its characters count as imported, and the places of
 * the others move with the inserted text. Passages that belonged at the same place and come
 * later in the source go after it, so putting several back keeps their source order.
 */
export function putBackLeftOut(
  text: string,
  coverage: ImportCoverage,
  index: number,
): { text: string; coverage: ImportCoverage } {
  const passage = coverage.leftOut[index];
  if (!passage) return { text, coverage };
  const result = putBackPassage(text, passage.at, passage.text);
  const insertedAt = result.at;
  const growth = result.text.length - text.length;
  const leftOut: LeftOutPassage[] = [];
  coverage.leftOut.forEach((other, otherIndex) => {
    if (otherIndex === index) return;
    const moves = other.at > insertedAt || (other.at === insertedAt && otherIndex > index);
    leftOut.push(moves ? { ...other, at: other.at + growth } : other);
  });
  return {
    text: result.text,
    coverage: {
      ...coverage,
      importedChars: Math.min(coverage.sourceChars, coverage.importedChars + passage.text.length),
      leftOut,
    },
  };
}

/** Puts every listed passage back, in source order, each in its place. */
export function putBackAll(
  text: string,
  coverage: ImportCoverage,
): { text: string; coverage: ImportCoverage } {
  let current = { text, coverage };
  while (current.coverage.leftOut.length > 0)
    current = putBackLeftOut(current.text, current.coverage, 0);
  return current;
}
