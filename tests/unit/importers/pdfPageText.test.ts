import { describe, expect, it } from 'vitest';
import type { PdfTextPiece } from '../../../src-main/importers/pdfPageText';
import { joinLines, pdfPageText } from '../../../src-main/importers/pdfPageText';

/** One piece per line, each line `step` below the last, starting at y = 700. */
function linesAt(
  texts: string[],
  { step = 14, height = 12, x = 72, top = 700 } = {},
): PdfTextPiece[] {
  return texts.map((str, i) => ({
    str,
    x,
    y: top - i * step,
    width: str.length * 6,
    height,
    hasEOL: true,
  }));
}

describe('pdfPageText', () => {
  it('joins wrapped lines into one paragraph and splits paragraphs at a larger gap', () => {
    const first = linesAt(['The figures were', 'published on Monday.']);
    const second = linesAt(['A second paragraph', 'follows here.'], { top: 700 - 14 - 30 });
    expect(pdfPageText([...first, ...second])).toBe(
      'The figures were published on Monday.\n\nA second paragraph follows here.',
    );
  });

  it('keeps double-spaced lines together when the gap is the usual spacing', () => {
    const pieces = linesAt(['Double spaced text', 'continues on this line', 'and on this one.'], {
      step: 28,
    });
    expect(pdfPageText(pieces)).toBe('Double spaced text continues on this line and on this one.');
  });

  it('separates a heading from body text by its size', () => {
    const heading = linesAt(['Big headline'], { height: 24, top: 740 });
    const body = linesAt(['Body text starts', 'right below.'], { top: 712 });
    expect(pdfPageText([...heading, ...body])).toBe(
      'Big headline\n\nBody text starts right below.',
    );
  });

  it('starts a new paragraph when text moves back up (a new column)', () => {
    const left = linesAt(['Left column ends', 'here.']);
    const right = linesAt(['Right column', 'begins.'], { x: 320 });
    expect(pdfPageText([...left, ...right])).toBe('Left column ends here.\n\nRight column begins.');
  });

  it('builds a line from several pieces, adding a space only where there is a gap', () => {
    const pieces: PdfTextPiece[] = [
      { str: 'Un', x: 72, y: 700, width: 12, height: 12, hasEOL: false },
      { str: 'employment', x: 84, y: 700, width: 60, height: 12, hasEOL: false },
      { str: 'fell', x: 150, y: 700, width: 20, height: 12, hasEOL: true },
    ];
    expect(pdfPageText(pieces)).toBe('Unemployment fell');
  });

  it('ends lines at hasEOL and at a change of baseline, and ignores empty pieces', () => {
    const pieces: PdfTextPiece[] = [
      { str: 'First line', x: 72, y: 700, width: 60, height: 12, hasEOL: false },
      { str: '', x: 72, y: 686, width: 0, height: 0, hasEOL: true },
      { str: 'second line.', x: 72, y: 686, width: 60, height: 12, hasEOL: false },
    ];
    expect(pdfPageText(pieces)).toBe('First line second line.');
  });

  it('returns nothing for a page without text', () => {
    expect(pdfPageText([])).toBe('');
    expect(pdfPageText(linesAt(['   ', '']))).toBe('');
  });
});

describe('joinLines', () => {
  it('mends a word hyphenated at the line end', () => {
    expect(joinLines('the latest infor-', 'mation shows')).toBe('the latest information shows');
    expect(joinLines('soft hyphen infor\u00ad', 'mation')).toBe('soft hyphen information');
  });

  it('keeps hyphens inside a line, and compound hyphens before a capital or digit', () => {
    expect(joinLines('a well-known', 'figure')).toBe('a well-known figure');
    expect(joinLines('the anti-', 'EU campaign')).toBe('the anti-EU campaign');
    expect(joinLines('pages 10-', '12')).toBe('pages 10-12');
  });

  it('keeps a spaced dash as punctuation', () => {
    expect(joinLines('from 2010 to 2020 -', 'roughly')).toBe('from 2010 to 2020 - roughly');
  });

  it('joins Chinese and Japanese lines without a space', () => {
    expect(joinLines('统计局表示', '失业率下降')).toBe('统计局表示失业率下降');
  });
});
