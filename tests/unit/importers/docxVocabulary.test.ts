import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../src-main/importers';
import { fixture } from './helpers/fixture';

async function imported(name: string) {
  return importArticle(name, fixture(name));
}

const FIRST = 'The minister said on Tuesday that unemployment had fallen by four percent';

describe('Word elements are matched by namespace, not by the "w:" prefix', () => {
  it.each([
    [
      'docx-default-namespace.docx',
      ['DEFAULT: the claim in a document with no prefix, said the minister.'],
    ],
    [
      'docx-other-prefixes.docx',
      [
        'WORDPREFIX: inflation fell to two percent in May.',
        'NS9PREFIX: exports rose for a third month.',
      ],
    ],
    ['docx-utf16le-bom-document.docx', ['UTF16: Café owners déclaré “prices rose”.']],
    ['docx-utf16be-document.docx', ['UTF16: Café owners déclaré “prices rose”.']],
  ])('%s imports every paragraph', async (name, paragraphs) => {
    const result = await imported(name);
    const blocks = result.text.split('\n\n');
    expect(blocks[0]).toContain(FIRST);
    expect(blocks.slice(1, -1)).toEqual(paragraphs);
    expect(result.coverage).toMatchObject({ leftOut: [] });
    expect(result.coverage.importedChars).toBe(result.coverage.sourceChars);
  });
});

describe('Office Math and embedded chunks', () => {
  it('reads the text of OMML equations in place, whatever the math prefix', async () => {
    const result = await imported('docx-office-math.docx');
    expect(result.text).toContain('The rate rose to r = 5% last year.');
    expect(result.text).toContain('E2=MC');
  });

  it('imports HTML and plain-text altChunks where they stand, and lists an RTF one as left out', async () => {
    const result = await imported('docx-altchunk-html-text-rtf.docx');
    expect(result.text.split('\n\n').slice(1, 5)).toEqual([
      'HTMLCHUNK heading',
      'HTMLCHUNK: the central claim says inflation is 2% — “lowest in years”.',
      'TEXTCHUNK: first paragraph of a plain-text chunk.',
      'TEXTCHUNK: second paragraph.',
    ]);
    expect(result.coverage.leftOut).toEqual([
      expect.objectContaining({
        text: '[embedded document word/chunk3.rtf]',
        reason: expect.stringContaining('altChunk') as string,
      }),
    ]);
    expect(result.warnings.join(' ')).toContain('left out');
  });
});

describe('text the reader does not understand is counted and listed, never dropped', () => {
  it('lists foreign-vocabulary, body-level and DrawingML text as left out', async () => {
    const result = await imported('docx-unread-elements.docx');
    expect(result.coverage.leftOut.map((passage) => passage.text)).toEqual([
      'FOREIGN: a note in another vocabulary.',
      'PANEL: text at body level in another vocabulary.',
      'SHAPETEXT: a caption drawn in a shape.',
    ]);
    const leftOutChars = result.coverage.leftOut.reduce((sum, p) => sum + p.text.length, 0);
    expect(result.coverage.sourceChars - result.coverage.importedChars).toBe(leftOutChars);
    expect(result.warnings.join(' ')).toMatch(/3 passages were left out/);
  });
});
