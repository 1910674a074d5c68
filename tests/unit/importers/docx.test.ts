import { afterAll, describe, expect, it } from 'vitest';
import { importArticle } from '../../../src-main/importers';
import { buildDocx, docxEntries } from './helpers/buildDocx';
import { tempFolder } from './helpers/tempFolder';
import { writeZip } from './helpers/writeZip';

const folder = tempFolder();
afterAll(() => folder.remove());

const paragraphs = [
  'Minister’s claim: “Crime has halved since 2010” — is it true?',
  'Police-recorded crime rose by 7 per cent, while the Crime Survey for England and Wales shows a fall of about 50 per cent.',
  'Ça dépend: naïve comparisons mislead… as the ONS notes ‘with caution’.',
];

describe('Word documents', () => {
  it('keeps every paragraph and every character exactly, with title and author', async () => {
    const docx = buildDocx({
      paragraphs,
      title: 'Crime “halved”? A check',
      creator: 'Ana Checker',
    });
    const result = await importArticle('check.docx', folder.write('check.docx', docx));

    expect(result.format).toBe('docx');
    expect(result.text).toBe(paragraphs.join('\n\n'));
    expect(result.meta).toEqual({ title: 'Crime “halved”? A check', author: 'Ana Checker' });
    expect(result.warnings).toEqual([]);
  });

  it('is recognised by content even when misnamed', async () => {
    const docx = buildDocx({ paragraphs });
    const result = await importArticle('check.pdf', folder.write('renamed.pdf', docx));
    expect(result.format).toBe('docx');
    expect(result.meta).toEqual({});
    expect(result.warnings.join(' ')).toMatch(/name says a PDF.*content is a Word document/);
  });

  it('refuses a zip archive that is not a Word document', async () => {
    const zip = writeZip([{ name: 'notes.txt', data: 'just notes' }]);
    await expect(importArticle('notes.zip', folder.write('notes.zip', zip))).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/zip archive.*Unpack it/),
    });
  });

  it('refuses a Word file with another archive inside', async () => {
    const docx = writeZip([
      ...docxEntries({ paragraphs }),
      { name: 'word/embeddings/inner.zip', data: writeZip([{ name: 'a.txt', data: 'a' }]) },
    ]);
    await expect(
      importArticle('nested.docx', folder.write('nested.docx', docx)),
    ).rejects.toMatchObject({
      code: 'zip_bomb',
      message: expect.stringContaining('word/embeddings/inner.zip'),
    });
  });

  it('refuses a Word file with thousands of parts', async () => {
    const filler = Array.from({ length: 2_001 }, (_, i) => ({
      name: `customXml/item${i}.xml`,
      data: '<a/>',
    }));
    const docx = writeZip([...docxEntries({ paragraphs }), ...filler]);
    await expect(importArticle('many.docx', folder.write('many.docx', docx))).rejects.toMatchObject(
      {
        code: 'zip_bomb',
        message: expect.stringMatching(/2,?0\d\d parts/),
      },
    );
  });

  it('refuses an encrypted entry', async () => {
    const entries = docxEntries({ paragraphs }).map((entry) =>
      entry.name === 'word/document.xml' ? { ...entry, encrypted: true } : entry,
    );
    await expect(
      importArticle('locked.docx', folder.write('locked.docx', writeZip(entries))),
    ).rejects.toMatchObject({
      code: 'encrypted',
    });
  });

  it('reports a damaged archive as corrupt', async () => {
    const docx = buildDocx({ paragraphs });
    const damaged = docx.subarray(0, Math.floor(docx.length * 0.6));
    await expect(
      importArticle('cut.docx', folder.write('cut.docx', damaged)),
    ).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining('"cut.docx" is damaged'),
    });
  });
});
