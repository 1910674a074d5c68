import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { fixtureText, openTempWorkbench } from '../../helpers/tempWorkbench';

let wb: TempWorkbench;
beforeEach(() => {
  wb = openTempWorkbench();
});
afterEach(() => wb.dispose());

describe('articles', () => {
  it('creates an article with normalised text, version 1 and its SHA-256', async () => {
    const article = await wb.handlers['articles.create']({
      text: '\uFEFFLine one\r\nLine two\rLine three',
      meta: { title: 'Test', outlet: 'Gazette' },
    });
    expect(article.text).toBe('Line one\nLine two\nLine three');
    expect(article.version).toBe(1);
    expect(article.sha256).toBe(createHash('sha256').update(article.text).digest('hex'));
    expect(article.outlet).toBe('Gazette');
    const versions = await wb.handlers['articles.versions']({ id: article.id });
    expect(versions).toMatchObject([{ version: 1, sha256: article.sha256 }]);
  });

  it('takes the title from the first line when none is given', async () => {
    const article = await wb.handlers['articles.create']({
      text: fixtureText('harbour-council.txt'),
    });
    expect(article.title).toBe(
      'Harbour council defends strike campaign as critics question the toll',
    );
  });

  it('refuses an article without text, writing nothing', async () => {
    await expect(wb.handlers['articles.create']({ text: '  \n ' })).rejects.toThrow(/no text/);
    expect(await wb.handlers['articles.list']({})).toEqual([]);
  });

  it('lists articles with claim counts by verdict and searches by title', async () => {
    const a = await wb.handlers['articles.create']({
      text: 'Alpha says 5 things.',
      meta: { title: 'Alpha' },
    });
    await wb.handlers['articles.create']({ text: 'Beta text.', meta: { title: 'Beta' } });
    const c1 = await wb.handlers['claims.create']({ articleId: a.id, start: 0, end: 5 });
    await wb.handlers['claims.create']({ articleId: a.id, start: 11, end: 12 });
    await wb.handlers['verdicts.set']({ claimId: c1.id, ratingKey: 'false', conclusion: '' });
    const list = await wb.handlers['articles.list']({});
    const alpha = list.find((x) => x.id === a.id);
    expect(alpha?.claimCount).toBe(2);
    expect(alpha?.verdictCounts).toEqual({ false: 1, unchecked: 1 });
    expect((await wb.handlers['articles.list']({ query: 'bet' })).map((x) => x.title)).toEqual([
      'Beta',
    ]);
    expect(await wb.handlers['articles.list']({ query: '%' })).toEqual([]);
  });

  it('deletes an article undoably, and records both in the audit log', async () => {
    const a = await wb.handlers['articles.create']({ text: 'Some text', meta: { title: 'Gone' } });
    await wb.handlers['articles.delete']({ id: a.id });
    expect(await wb.handlers['articles.list']({})).toEqual([]);
    await expect(wb.handlers['articles.get']({ id: a.id })).rejects.toThrow(/does not exist/);
    const restored = await wb.handlers['articles.restore']({ id: a.id });
    expect(restored.title).toBe('Gone');
    const actions = wb.store.audit.forEntity('article', a.id).map((e) => e.action);
    expect(actions).toEqual(['create', 'delete', 'restore']);
  });

  it('updates metadata, the methodology note and corrections with an audit row', async () => {
    const a = await wb.handlers['articles.create']({ text: 'Text', meta: { title: 'Old' } });
    wb.tick();
    const updated = await wb.handlers['articles.update']({
      id: a.id,
      patch: { title: 'New', methodology: 'We called the ministry.' },
    });
    expect(updated.title).toBe('New');
    expect(updated.methodology).toBe('We called the ministry.');
    const entry = wb.store.audit.forEntity('article', a.id).at(-1);
    expect(entry).toMatchObject({
      action: 'update',
      before: { title: 'Old', methodology: '' },
      after: { title: 'New', methodology: 'We called the ministry.' },
    });
  });
});
