import type { PdfLine } from './pdfPageText';

export interface PdfPageLines {
  lines: PdfLine[];
  /** The page's box in user space: bottom and top y. */
  bottom: number;
  top: number;
}

export interface RepeatedLine {
  line: PdfLine;
  place: 'header' | 'footer';
  /** On how many pages a line like this sits in the same place. */
  pages: number;
}

/** Headers and footers live in the top and bottom eighth of the page. */
const MARGIN_SHARE = 0.125;
/** Same place means the same baseline within this many points. */
const BASELINE_TOLERANCE = 4;

/**
 * Running headers and footers: lines in a page's top or bottom margin band whose text (with
 * numbers blanked, so "Page 3 of 9" matches "Page 4 of 9") sits at the same height on at least
 * two pages and on at least half of them. Returned per page, in the order given.
 */
export function findRepeatedLines(pages: readonly PdfPageLines[]): RepeatedLine[][] {
  const result: RepeatedLine[][] = pages.map(() => []);
  if (pages.length < 2) return result;

  const keyed = pages.map((page) => {
    const band = (page.top - page.bottom) * MARGIN_SHARE;
    return page.lines.flatMap((line) => {
      const place: RepeatedLine['place'] | null =
        line.y >= page.top - band ? 'header' : line.y <= page.bottom + band ? 'footer' : null;
      if (!place) return [];
      const text = line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
      return [{ line, place, text, height: line.y - page.bottom }];
    });
  });

  // Baselines are compared within a tolerance, so each candidate is matched against the others
  // of the same text; texts are few per page, so this stays small.
  const byText = new Map<string, { page: number; height: number }[]>();
  keyed.forEach((candidates, page) => {
    for (const candidate of candidates) {
      const list = byText.get(candidate.text) ?? [];
      list.push({ page, height: candidate.height });
      byText.set(candidate.text, list);
    }
  });

  const needed = Math.max(2, Math.ceil(pages.length / 2));
  keyed.forEach((candidates, page) => {
    for (const candidate of candidates) {
      const others = byText.get(candidate.text) ?? [];
      const pagesWithIt = new Set(
        others
          .filter((other) => Math.abs(other.height - candidate.height) <= BASELINE_TOLERANCE)
          .map((other) => other.page),
      );
      if (pagesWithIt.size >= needed) {
        result[page]?.push({
          line: candidate.line,
          place: candidate.place,
          pages: pagesWithIt.size,
        });
      }
    }
  });
  return result;
}
