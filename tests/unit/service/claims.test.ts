import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src-main/core/model';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { fixtureText, openTempWorkbench } from '../../helpers/tempWorkbench';

let wb: TempWorkbench;
let article: Article;
const spanOf = (quote: string) => {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`fixture lacks ${quote}`);
  return { start, end: start + quote.length };
};

beforeEach(async () => {
  wb = openTempWorkbench();
  article = await wb.handlers['articles.create']({ text: fixtureText('harbour-council.txt') });
});
afterEach(() => wb.dispose());

describe('claims', () => {
  it('keeps the exact quote, 32 characters of context each side and the position', async () => {
    const { start, end } = spanOf('at least 110 people');
    const claim = await wb.handlers['claims.create']({
      articleId: article.id,
      start,
      end,
      claimant: 'Coastal Rights Monitor',
    });
    expect(claim.exact).toBe('at least 110 people');
    expect(claim.prefix).toBe(article.text.slice(start - 32, start));
    expect(claim.suffix).toBe(article.text.slice(end, end + 32));
    expect(claim).toMatchObject({
      start,
      end,
      anchorState: 'attached',
      anchoredVersion: 1,
      status: 'unchecked',
      claimant: 'Coastal Rights Monitor',
    });
  });

  it('refuses spans outside the text, empty, blank or splitting a surrogate pair', async () => {
    const emoji = await wb.handlers['articles.create']({ text: 'Rain 🌧 today' });
    await expect(
      wb.handlers['claims.create']({ articleId: article.id, start: 0, end: 10_000 }),
    ).rejects.toMatchObject({ code: 'invalid_input', issues: [{ path: 'end' }] });
    await expect(
      wb.handlers['claims.create']({ articleId: article.id, start: 5, end: 5 }),
    ).rejects.toMatchObject({ issues: [{ path: 'start' }] });
    await expect(
      wb.handlers['claims.create']({ articleId: emoji.id, start: 6, end: 7 }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      wb.handlers['claims.create']({ articleId: emoji.id, start: 5, end: 6 }),
    ).rejects.toMatchObject({ issues: [{ path: 'end' }] });
    await expect(
      wb.handlers['claims.create']({ articleId: 999, start: 0, end: 1 }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await wb.handlers['claims.list']({ articleId: article.id })).toEqual([]);
  });

  it('lists claims in text order, overlapping and nested ones included', async () => {
    const outer = spanOf('a campaign that has killed at least 110 people');
    const inner = spanOf('at least 110 people');
    const first = spanOf('without evidence');
    await wb.handlers['claims.create']({ articleId: article.id, ...inner });
    await wb.handlers['claims.create']({ articleId: article.id, ...outer });
    await wb.handlers['claims.create']({ articleId: article.id, ...first });
    const list = await wb.handlers['claims.list']({ articleId: article.id });
    expect(list.map((c) => c.exact)).toEqual([
      'without evidence',
      'a campaign that has killed at least 110 people',
      'at least 110 people',
    ]);
  });

  it('updates fields, keeping a history of who changed what, before and after', async () => {
    await wb.handlers['preferences.set']({ patch: { checkerName: 'A. Ramos' } });
    const claim = await wb.handlers['claims.create']({
      articleId: article.id,
      ...spanOf('without evidence'),
    });
    wb.tick();
    await wb.handlers['claims.update']({
      id: claim.id,
      patch: {
        claimant: 'Opposition lawmakers',
        kind: 'attribution',
        status: 'in_progress',
        tags: ['politics'],
      },
    });
    wb.tick();
    await wb.handlers['verdicts.set']({
      claimId: claim.id,
      ratingKey: 'unproven',
      conclusion: 'No **evidence** offered.',
    });
    const history = await wb.handlers['claims.history']({ id: claim.id });
    expect(history.map((h) => h.action)).toEqual(['create', 'update', 'verdict']);
    expect(history.every((h) => h.actor === 'A. Ramos')).toBe(true);
    expect(history[1]).toMatchObject({
      before: { claimant: '', kind: 'other', status: 'unchecked', tags: [] },
      after: {
        claimant: 'Opposition lawmakers',
        kind: 'attribution',
        status: 'in_progress',
        tags: ['politics'],
      },
    });
    expect(history[2]?.after).toMatchObject({
      ratingKey: 'unproven',
      checkedBy: 'A. Ramos',
      articleVersion: 1,
    });
    expect(new Set(history.map((h) => h.at)).size).toBe(3);
  });

  it('deletes a claim undoably', async () => {
    const claim = await wb.handlers['claims.create']({
      articleId: article.id,
      ...spanOf('without evidence'),
    });
    await wb.handlers['claims.delete']({ id: claim.id });
    expect(await wb.handlers['claims.list']({ articleId: article.id })).toEqual([]);
    await expect(wb.handlers['claims.get']({ id: claim.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    const restored = await wb.handlers['claims.restore']({ id: claim.id });
    expect(restored.exact).toBe('without evidence');
    await expect(wb.handlers['claims.restore']({ id: claim.id })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await wb.handlers['claims.history']({ id: claim.id })).map((h) => h.action)).toEqual([
      'create',
      'delete',
      'restore',
    ]);
  });
});
