import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ImportError,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CHARS,
  assertImportSize,
  importArticle,
  sniffFormat,
} from '../../../src-main/importers';
import { buildDocx } from './helpers/buildDocx';
import { seededBytes } from './helpers/seededBytes';
import { tempFolder } from './helpers/tempFolder';

const folder = tempFolder();
afterAll(() => folder.remove());

async function refusal(fileName: string, bytes: Uint8Array): Promise<ImportError> {
  const error = await importArticle(fileName, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('refusing what is not an article', () => {
  it('refuses random bytes as binary, whatever the name says', async () => {
    for (const name of ['noise.bin', 'noise.txt', 'noise.md', 'noise.html']) {
      const error = await refusal(name, folder.write(name, seededBytes(64 * 1024)));
      expect(error.code).toBe('binary');
      expect(error.message).toContain(`"${name}"`);
      expect(error.message).toMatch(/binary data/);
    }
  });

  it('names common non-article files by their content', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from(seededBytes(512)),
    ]);
    expect(await refusal('article.txt', folder.write('photo.txt', png))).toMatchObject({
      code: 'binary',
      message: expect.stringMatching(/PNG image.*OCR/),
    });
    const oldWord = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    expect(await refusal('story.doc', folder.write('story.doc', oldWord))).toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('save it as .docx'),
    });
    expect(
      await refusal('story.rtf', folder.write('story.rtf', '{\\rtf1\\ansi Hello}')),
    ).toMatchObject({
      code: 'unsupported',
    });
  });

  it('refuses empty and blank files', async () => {
    expect((await refusal('empty.txt', folder.write('empty.txt', ''))).code).toBe('empty');
    expect((await refusal('blank.txt', folder.write('blank.txt', ' \r\n\t\n'))).code).toBe('empty');
  });

  it('does not mistake text starting with letters that are also file signatures', async () => {
    const result = await importArticle(
      'mz.txt',
      folder.write('mz.txt', 'MZ Wallace said prices rose.'),
    );
    expect(result.text).toBe('MZ Wallace said prices rose.');
  });
});

describe('size limits', () => {
  it('refuses a 60 MB file by size, before looking at its content', async () => {
    const path = folder.path('huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 60 * 1024 * 1024); // sparse: costs no disk space

    const { size } = statSync(path);
    expect(() => assertImportSize('huge.txt', size)).toThrow(ImportError);

    const bytes = new Uint8Array(readFileSync(path));
    const started = performance.now();
    const error = await refusal('huge.txt', bytes);
    const milliseconds = performance.now() - started;
    console.log(`60 MB file refused in ${milliseconds.toFixed(1)} ms`);

    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/"huge\.txt" is 60\.0 MB; Factdesk imports files up to 20\.0 MB/);
    expect(milliseconds).toBeLessThan(100);
  });

  it('accepts a file of exactly the size limit', () => {
    expect(() => assertImportSize('edge.txt', MAX_IMPORT_BYTES)).not.toThrow();
    expect(() => assertImportSize('edge.txt', MAX_IMPORT_BYTES + 1)).toThrow(/20\.0 MB/);
  });

  it('refuses text longer than the character limit', async () => {
    const text = 'a'.repeat(MAX_IMPORT_CHARS) + '\nb';
    const error = await refusal('long.txt', folder.write('long.txt', text));
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('5,000,000');
  });
});

describe('sniffFormat', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('decides by content, not extension', () => {
    expect(sniffFormat('x.txt', encode('%PDF-1.7\n...'))).toBe('pdf');
    expect(sniffFormat('x.txt', buildDocx({ paragraphs: ['Hi'] }))).toBe('docx');
    expect(sniffFormat('x.txt', encode('<!DOCTYPE html><html><body>Hi</body></html>'))).toBe(
      'html',
    );
    expect(
      sniffFormat('x.pdf', encode('\uFEFF  <!-- saved --><html lang="fr"><p>Salut</p></html>')),
    ).toBe('html');
    expect(sniffFormat('x', encode('# Heading\n\ntext'))).toBe('markdown');
    expect(sniffFormat('x.html', encode('Just words, no tags.'))).toBe('text');
  });

  it('lets the extension decide only between what the content allows', () => {
    expect(sniffFormat('fragment.txt', encode('<p>A tag in a text file</p>'))).toBe('text');
    expect(sniffFormat('fragment.html', encode('<p>A fragment of a page</p>'))).toBe('html');
    expect(sniffFormat('notes.md', encode('No heading, still Markdown'))).toBe('markdown');
  });

  it('warns when the name and the content disagree', async () => {
    const html =
      '<html><head><title>Real page</title></head><body><p>Body text of the page.</p></body></html>';
    const result = await importArticle('misnamed.pdf', folder.write('misnamed.pdf', html));
    expect(result.format).toBe('html');
    expect(result.warnings).toContain(
      'The file name says a PDF, but the content is a web page (HTML); it was imported as what it contains.',
    );
  });
});

describe('writing nothing', () => {
  it('leaves the folder as it was after a refused and a successful import', async () => {
    folder.write('ok.txt', 'Fine.');
    folder.write('bad.bin', seededBytes(1024));
    const before = folder.list();
    await importArticle('ok.txt', new Uint8Array(readFileSync(folder.path('ok.txt'))));
    await importArticle('bad.bin', new Uint8Array(readFileSync(folder.path('bad.bin')))).catch(
      () => undefined,
    );
    expect(folder.list()).toEqual(before);
  });
});
