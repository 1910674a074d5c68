import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRecordOf } from '../../../src-main/core/importing';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { fixturesDir, openTempWorkbench } from '../../helpers/tempWorkbench';

// What an import said (character set, what was left out) stays with the article, in the audit
// row of its creation, and can be read back later: after the preview is gone, in a new session.

let wb: TempWorkbench;
beforeEach(() => {
  wb = openTempWorkbench();
});
afterEach(() => wb.dispose());

const base64 = (name: string) =>
  readFileSync(join(fixturesDir, 'importers', name)).toString('base64');

describe('the import record of an article', () => {
  it('records the guessed character set of an imported text file', async () => {
    const { article } = await wb.handlers['articles.import']({
      fileName: 'greek.txt',
      dataBase64: base64('text-legacy-greek-iso8859-7.txt'),
    });
    const record = await wb.handlers['articles.importRecord']({ id: article.id });
    expect(record).toMatchObject({
      fileName: 'greek.txt',
      format: 'text',
      encoding: { name: 'ISO-8859-7', source: 'detected' },
      leftOutPassages: 0,
      leftOut: [],
    });
    expect(record?.importedChars).toBe(record?.sourceChars);
  });

  it('records what a page left out, with reasons, and what the checker put back', async () => {
    const { article, coverage } = await wb.handlers['articles.import']({
      fileName: 'levy.html',
      dataBase64: base64('html-article-aside-footer.html'),
    });
    const record = await wb.handlers['articles.importRecord']({ id: article.id });
    expect(record?.leftOutPassages).toBe(coverage.leftOut.length);
    expect(record?.leftOut[0]).toEqual({
      excerpt: 'Harbour Herald',
      reason: 'the site’s header',
      chars: 14,
    });
    expect(record?.encoding).toMatchObject({ name: 'UTF-8', source: 'utf-8' });

    const kept = await wb.handlers['articles.import']({
      fileName: 'levy.html',
      dataBase64: base64('html-article-aside-footer.html'),
      keepLeftOut: true,
    });
    const keptRecord = await wb.handlers['articles.importRecord']({ id: kept.article.id });
    expect(keptRecord).toMatchObject({ leftOutPassages: 0, leftOut: [] });
    expect(keptRecord?.importedChars).toBe(keptRecord?.sourceChars);
  });

  it('keeps the record the app sends with a previewed text, and none for pasted text', async () => {
    const preview = await wb.handlers['articles.preview']({
      fileName: 'repairs.docx',
      dataBase64: base64('docx-tracked-hidden-notes.docx'),
    });
    const imported = importRecordOf('repairs.docx', preview.format, preview.coverage);
    const article = await wb.handlers['articles.create']({ text: preview.text, imported });
    expect(await wb.handlers['articles.importRecord']({ id: article.id })).toEqual(imported);
    expect(imported.leftOut.map((passage) => passage.reason)).toContain(
      'hidden text (formatted as hidden in Word)',
    );

    const pasted = await wb.handlers['articles.create']({ text: 'Pasted text.' });
    expect(await wb.handlers['articles.importRecord']({ id: pasted.id })).toBeNull();
  });

  it('keeps excerpts short and the list bounded', () => {
    const long = 'x'.repeat(5000);
    const record = importRecordOf('big.html', 'html', {
      importedChars: 10,
      sourceChars: 10 + 5000 * 30,
      leftOut: Array.from({ length: 30 }, (_, index) => ({ text: long, reason: 'r', at: index })),
      unlisted: 5,
    });
    expect(record.leftOut).toHaveLength(20);
    expect(record.leftOutPassages).toBe(35);
    expect(record.leftOut[0]?.excerpt.length).toBe(201);
    expect(record.leftOut[0]?.chars).toBe(5000);
  });
});

describe('export file names', () => {
  it('cut a long title between words, never inside one', async () => {
    const article = await wb.handlers['articles.create']({
      text: 'Body.',
      meta: {
        title:
          'Trump invites Colombia’s Petro to the White House after weeks of tension and their threat of military action',
      },
    });
    const exported = await wb.handlers['reports.export']({ articleId: article.id, format: 'csv' });
    expect(exported.fileName).toBe(
      'trump-invites-colombia-s-petro-to-the-white-house-after-weeks-of-tension-and.csv',
    );
  });
});
