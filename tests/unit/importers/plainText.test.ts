import { afterAll, describe, expect, it } from 'vitest';
import { importArticle } from '../../../src-main/importers';
import { tempFolder } from './helpers/tempFolder';

const folder = tempFolder();
afterAll(() => folder.remove());

const sentence = 'The minister said “unemployment fell” — café owners disagree.';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) {
    const low = le[i] ?? 0;
    le[i] = le[i + 1] ?? 0;
    le[i + 1] = low;
  }
  return le;
}

describe('text encodings', () => {
  it('reads UTF-16 LE with a BOM', async () => {
    const bytes = folder.write(
      'le.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, 'utf16le')]),
    );
    const result = await importArticle('le.txt', bytes);
    expect(result.format).toBe('text');
    expect(result.text).toBe(sentence);
    expect(result.warnings).toEqual([]);
  });

  it('reads UTF-16 BE with a BOM', async () => {
    const bytes = folder.write(
      'be.txt',
      Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(sentence)]),
    );
    const result = await importArticle('be.txt', bytes);
    expect(result.text).toBe(sentence);
    expect(result.warnings).toEqual([]);
  });

  it('reads UTF-16 LE without a BOM, and says it guessed', async () => {
    const bytes = folder.write('le-nobom.txt', Buffer.from(`${sentence}\nSecond line.`, 'utf16le'));
    const result = await importArticle('le-nobom.txt', bytes);
    expect(result.text).toBe(`${sentence}\nSecond line.`);
    expect(result.warnings.join(' ')).toMatch(/UTF-16LE/);
  });

  it('reads Windows-1252 smart quotes and accents, with a warning', async () => {
    // Bytes 0x93/0x94 are smart quotes, 0xE9 é, 0x80 the euro sign, 0x97 an em dash.
    const bytes = folder.write(
      'cp1252.txt',
      Buffer.concat([
        Buffer.from([0x93]),
        Buffer.from('Caf', 'latin1'),
        Buffer.from([0xe9, 0x94]),
        Buffer.from(' costs 3 ', 'latin1'),
        Buffer.from([0x80, 0x20, 0x97]),
        Buffer.from(' ok', 'latin1'),
      ]),
    );
    const result = await importArticle('cp1252.txt', bytes);
    expect(result.text).toBe('“Café” costs 3 € — ok');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/not valid UTF-8.*windows-1252 \(Western European\)/);
    expect(result.encoding).toMatchObject({ name: 'windows-1252', source: 'detected' });
  });

  it('never silently mangles invalid UTF-8: falls back to Windows-1252 and says so', async () => {
    const valid = Buffer.from('Prices rose ', 'utf8');
    const truncated = Buffer.from([0xe2, 0x80]); // the start of a UTF-8 dash, cut short
    const bytes = folder.write(
      'broken.txt',
      Buffer.concat([valid, truncated, Buffer.from(' sharply')]),
    );
    const result = await importArticle('broken.txt', bytes);
    expect(result.text).not.toContain('\uFFFD');
    // 0xE2 0x80 read as Windows-1252: â and the euro sign, visibly wrong rather than hidden.
    expect(result.text).toBe('Prices rose \u00e2\u20ac sharply');
    expect(result.warnings[0]).toMatch(/not valid UTF-8/);
  });

  it('strips a UTF-8 BOM and turns CRLF and CR into LF, changing nothing else', async () => {
    const raw = 'Headline\r\n\r\n  Indented “quote”\rlast\ttab  ';
    const bytes = folder.write(
      'bom-crlf.txt',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(raw, 'utf8')]),
    );
    const result = await importArticle('bom-crlf.txt', bytes);
    expect(result.text).toBe('Headline\n\n  Indented “quote”\nlast\ttab  ');
    expect(result.warnings).toEqual([]);
    expect(result.meta.title).toBe('Headline');
  });
});

describe('titles from text and Markdown', () => {
  it('takes the first level-one heading of a Markdown file, not an earlier line', async () => {
    const markdown = 'Draft for desk\n\n# Council budget doubles\n\nBody text with *emphasis*.\n';
    const result = await importArticle('story.md', folder.write('story.md', markdown));
    expect(result.format).toBe('markdown');
    expect(result.meta.title).toBe('Council budget doubles');
    expect(result.text).toBe(markdown);
  });

  it('recognises Markdown by content when the name says nothing', async () => {
    const result = await importArticle('notes', folder.write('notes', '# Heading here\n\nText.'));
    expect(result.format).toBe('markdown');
    expect(result.meta.title).toBe('Heading here');
  });

  it('uses a short first line of plain text as the title but not a long one', async () => {
    const short = await importArticle('a.txt', folder.write('a.txt', '\n  Short headline\nBody.'));
    expect(short.meta.title).toBe('Short headline');
    const long = await importArticle(
      'b.txt',
      folder.write('b.txt', `${'word '.repeat(60)}\nBody.`),
    );
    expect(long.meta.title).toBeUndefined();
  });
});
