import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { fixturesDir, openTempWorkbench } from '../../helpers/tempWorkbench';

let wb: TempWorkbench;
beforeEach(() => {
  wb = openTempWorkbench();
});
afterEach(() => wb.dispose());

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('text with lone surrogates never reaches SQLite', () => {
  it.each([
    ['articles.create', { text: '\ud800Alpha beta gamma delta.' }, 'text'],
    ['articles.create', { text: 'Lone \udc00 here: the minister lied.' }, 'text'],
    ['articles.create', { text: 'Fine text.', meta: { title: 'Title \ud83d' } }, 'meta.title'],
    ['articles.list', { query: 'x\udfff' }, 'query'],
  ])('%s refuses %j naming the field', async (method, input, path) => {
    const result = await wb.dispatch(method, input);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path }] },
    });
    if (!result.ok) expect(result.error.message).toContain('lone surrogate');
    expect(wb.store.articles.list()).toEqual([]);
  });

  it('refuses saveText with a lone surrogate, so a claim keeps covering its own words', async () => {
    const article = await wb.handlers['articles.create']({ text: 'Alpha beta gamma delta.' });
    const claim = await wb.handlers['claims.create']({ articleId: article.id, start: 11, end: 16 });
    const saved = await wb.dispatch('articles.saveText', {
      id: article.id,
      baseSha256: article.sha256,
      text: '\ud800Alpha beta gamma delta.',
      spans: [{ id: claim.id, start: 12, end: 17, anchorState: 'attached' }],
    });
    expect(saved).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'text' }] },
    });
    const stored = await wb.handlers['articles.get']({ id: article.id });
    expect(stored.text).toBe('Alpha beta gamma delta.');
    const [kept] = await wb.handlers['claims.list']({ articleId: article.id });
    expect(stored.text.slice(kept!.start, kept!.end)).toBe('gamma');
  });

  it('keeps pairs (emoji, CJK extension B) as they are', async () => {
    const text = 'Fact 😀 𠀀 checked.';
    const created = await wb.handlers['articles.create']({ text });
    expect((await wb.handlers['articles.get']({ id: created.id })).text).toBe(text);
  });

  it('a Word character reference to a lone surrogate is stored as one U+FFFD; claims stay put', async () => {
    const bytes = readFileSync(join(fixturesDir, 'importers/docx-lone-surrogate-reference.docx'));
    const imported = await wb.handlers['articles.import']({
      fileName: 'lone.docx',
      dataBase64: base64(bytes),
    });
    const stored = await wb.handlers['articles.get']({ id: imported.article.id });
    expect(stored.text).toContain('Lone \ufffd surrogate then the quote');
    const start = stored.text.indexOf('the minister lied');
    const claim = await wb.handlers['claims.create']({
      articleId: stored.id,
      start,
      end: start + 'the minister lied'.length,
    });
    const again = await wb.handlers['articles.get']({ id: stored.id });
    expect(again.text.slice(claim.start, claim.end)).toBe('the minister lied');
  });

  it('UTF-16 text with lone surrogates is mended one for one and counted', async () => {
    const units = 'Before \ud800 after; and \udc00 again.';
    const bytes = new Uint8Array(2 + units.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < units.length; i++) {
      bytes[2 + i * 2] = units.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = units.charCodeAt(i) >> 8;
    }
    const imported = await wb.handlers['articles.import']({
      fileName: 'lone.txt',
      dataBase64: base64(bytes),
    });
    const stored = await wb.handlers['articles.get']({ id: imported.article.id });
    expect(stored.text).toBe('Before \ufffd after; and \ufffd again.');
    expect(imported.warnings.join(' ')).toMatch(/2 damaged character/);
  });

  it('a PDF whose font map yields NUL and other invisible controls: removed and counted', async () => {
    const bytes = readFileSync(join(fixturesDir, 'importers/pdf-nul-controls-tounicode.pdf'));
    const imported = await wb.handlers['articles.import']({
      fileName: 'controls.pdf',
      dataBase64: base64(bytes),
    });
    expect(imported.warnings.join(' ')).toContain('4 invisible control characters');
    const stored = await wb.handlers['articles.get']({ id: imported.article.id });
    // eslint-disable-next-line no-control-regex
    expect(stored.text).not.toMatch(/[\u0000-\u0008\u000E-\u001F]/);
    expect(stored.text).toContain('last year.');
  });
});
