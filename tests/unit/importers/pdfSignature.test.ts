import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../src-main/importers';
import { fixture } from './helpers/fixture';

describe('only a PDF header line makes a file a PDF', () => {
  it.each([
    ['text-mentions-pdf-header-mid-line.txt', 'text'],
    ['text-pdf-header-at-line-start.txt', 'text'],
    ['html-pdf-header-in-page.html', 'html'],
  ])('%s mentions "%%PDF-1.x" and is imported as %s', async (name, format) => {
    const result = await importArticle(name, fixture(name));
    expect(result.format).toBe(format);
    expect(result.text).toContain('%PDF-1.');
  });

  it('a PDF after a left-over HTTP header is still read as a PDF', async () => {
    const result = await importArticle('download.pdf', fixture('pdf-after-http-header.pdf'));
    expect(result.format).toBe('pdf');
    expect(result.text).toContain('the minister lied about the figures');
  });
});
