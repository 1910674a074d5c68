import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mapSpansThroughEdits } from '../../../src-main/core/anchoring/index';
import type { Article, Claim } from '../../../src-main/core/model';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

// Each text save is compared with the save before it. A claim the checker has not yet looked at
// (its words changed or were lost, its place to check) must not leave review because a later
// save elsewhere, or words typed back, read as "kept".

const original = [
  'Budget night',
  '',
  'We cut hospital waiting lists by 12.5% in two years, the minister said.',
  '',
  'Chair Hélène Dubois: The OECD figures show rail ridership rose 4 percent.',
  '',
  'The session closed at ten.',
].join('\n');

let wb: TempWorkbench;
let article: Article;
const get = (id: number) => wb.handlers['claims.get']({ id });
const reviewCount = async () =>
  (await wb.handlers['articles.list']({})).find((a) => a.id === article.id)?.reviewCount;

async function mark(quote: string): Promise<Claim> {
  const start = original.indexOf(quote);
  return wb.handlers['claims.create']({ articleId: article.id, start, end: start + quote.length });
}

/** Replaces `deleteLength` units at `offset` with `insertText`, as the app saves an edit. */
async function edit(offset: number, deleteLength: number, insertText: string) {
  const current = await wb.handlers['articles.get']({ id: article.id });
  const claims = await wb.handlers['claims.list']({ articleId: article.id });
  const text =
    current.text.slice(0, offset) + insertText + current.text.slice(offset + deleteLength);
  const { spans } = mapSpansThroughEdits(claims, [{ offset, deleteLength, insertText }], text);
  await wb.handlers['articles.saveText']({
    id: article.id,
    baseSha256: current.sha256,
    text,
    spans: spans.map(({ id, start, end, anchorState }) => ({ id, start, end, anchorState })),
  });
  return text;
}
const textNow = async () => (await wb.handlers['articles.get']({ id: article.id })).text;

beforeEach(async () => {
  wb = openTempWorkbench();
  article = await wb.handlers['articles.create']({ text: original });
});
afterEach(() => wb.dispose());

describe('a claim in review stays there until the checker deals with it', () => {
  it('when its words changed, through later edits elsewhere', async () => {
    const rail = await mark('rail ridership rose 4 percent');
    await wb.handlers['verdicts.set']({ claimId: rail.id, ratingKey: 'true', conclusion: 'Ok.' });
    await edit((await textNow()).indexOf('rail') + 'rail'.length, 0, ' and bus');
    expect(await get(rail.id)).toMatchObject({ anchorState: 'changed', status: 'needs_review' });
    const text = await textNow();
    await edit(text.length, 0, '\n\nSession closed.');
    await edit(0, 0, 'Live: ');
    expect(await get(rail.id)).toMatchObject({
      anchorState: 'changed',
      status: 'needs_review',
      exact: 'rail and bus ridership rose 4 percent',
    });
    expect(await reviewCount()).toBe(1);
    const claim = await get(rail.id);
    expect((await textNow()).slice(claim.start, claim.end)).toBe(claim.exact);

    // Kept by the checker, it leaves review; later edits elsewhere leave it out of review.
    await wb.handlers['claims.reattach']({ id: rail.id, start: claim.start, end: claim.end });
    await edit(0, 0, 'Updated. ');
    expect(await get(rail.id)).toMatchObject({ anchorState: 'attached' });
    expect(await reviewCount()).toBe(0);
  });

  it('when its words were deleted, even once they are typed back', async () => {
    const oecd = await mark('Chair Hélène Dubois: The OECD');
    const before = await textNow();
    const at = before.indexOf('Chair Hélène Dubois: The OECD');
    await edit(at, 'Chair Hélène Dubois: The OECD'.length, '');
    expect(await get(oecd.id)).toMatchObject({ anchorState: 'orphaned' });
    // Undo: the same words back in the same place, in a later save.
    await edit(at, 0, 'Chair Hélène Dubois: The OECD');
    expect(await textNow()).toBe(before);
    expect(await get(oecd.id)).toMatchObject({ anchorState: 'orphaned' });
    expect(await reviewCount()).toBe(1);
    // The review queue offers its words where they are, and Attach here puts it back.
    const [best] = await wb.handlers['claims.candidates']({ id: oecd.id });
    expect(best).toMatchObject({
      start: at,
      exact: 'Chair Hélène Dubois: The OECD',
      sameWords: true,
    });
    await wb.handlers['claims.reattach']({ id: oecd.id, start: at, end: best?.end ?? at });
    expect(await get(oecd.id)).toMatchObject({ anchorState: 'attached', start: at });
  });

  it('when its words were cut, and the cut is undone in a later save', async () => {
    const cut = await mark('We cut hospital waiting lists by 12.5%');
    await wb.handlers['verdicts.set']({ claimId: cut.id, ratingKey: 'true', conclusion: 'Ok.' });
    const at = (await textNow()).indexOf('We cut');
    await edit(at, 'We cut'.length, '');
    const trimmed = await get(cut.id);
    expect(trimmed).toMatchObject({ anchorState: 'changed', status: 'needs_review' });
    await edit(at, 0, 'We cut');
    // Still in review, so the checker sees it and attaches it to all its words again.
    expect(await get(cut.id)).toMatchObject({ anchorState: 'changed', status: 'needs_review' });
    expect(await reviewCount()).toBe(1);
  });
});

describe('a claim’s last change', () => {
  it('is the checker’s or the text’s change to the claim, not an edit that only moved it', async () => {
    const rail = await mark('rail ridership rose 4 percent');
    const minister = await mark('We cut hospital waiting lists');
    const marked = (await get(rail.id)).updatedAt;
    wb.tick(60_000);
    await edit(0, 0, 'Live: ');
    expect(await get(rail.id)).toMatchObject({ updatedAt: marked, anchorState: 'attached' });
    wb.tick(60_000);
    const at = (await textNow()).indexOf('hospital');
    await edit(at, 0, 'public ');
    expect((await get(minister.id)).updatedAt).not.toBe(marked);
    expect((await get(rail.id)).updatedAt).toBe(marked);
  });
});
