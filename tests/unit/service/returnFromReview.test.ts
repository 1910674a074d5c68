import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Claim } from '../../../src-main/core/model';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

const original = [
  'Harbour review',
  'Opposition members said the true cost was closer to 40 million euros.',
  'The council will vote on the plan in the spring.',
].join('\n\n');
const corrected = original.replace('closer to 40 million', 'closer to 45 million');

let wb: TempWorkbench;
let article: Article;
let claim: Claim;
const get = () => wb.handlers['claims.get']({ id: claim.id });
const history = () => wb.handlers['claims.history']({ id: claim.id });

/** A judged, finished claim whose words a new version of the article changed. */
beforeEach(async () => {
  wb = openTempWorkbench();
  article = await wb.handlers['articles.create']({ text: original });
  const start = original.indexOf('closer to 40 million euros');
  claim = await wb.handlers['claims.create']({
    articleId: article.id,
    start,
    end: start + 'closer to 40 million euros'.length,
  });
  await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'false', conclusion: 'No.' });
  await wb.handlers['claims.update']({ id: claim.id, patch: { status: 'done' } });
  await wb.handlers['articles.loadVersion']({ id: article.id, text: corrected });
  expect(await get()).toMatchObject({ status: 'needs_review', anchorState: 'changed' });
});
afterEach(() => wb.dispose());

/** "Keep" in the review queue: the claim attached to its words where they are now. */
const keepWords = async () => {
  const { start, end } = await get();
  return wb.handlers['claims.reattach']({ id: claim.id, start, end });
};

describe('a claim comes back from review', () => {
  it('takes its earlier status again once its words are kept and its verdict confirmed', async () => {
    expect(await wb.handlers['verdicts.confirm']({ claimId: claim.id })).toMatchObject({
      status: 'needs_review',
    });
    expect(await keepWords()).toMatchObject({ status: 'done', anchorState: 'attached' });
    expect((await history()).at(-1)).toMatchObject({
      action: 'review.done',
      before: { status: 'needs_review' },
      after: { status: 'done' },
    });
    const [summary] = await wb.handlers['articles.list']({});
    expect(summary).toMatchObject({ reviewCount: 0 });
  });

  it('in either order: words kept first, then the verdict confirmed', async () => {
    expect(await keepWords()).toMatchObject({ status: 'needs_review' });
    expect(await wb.handlers['verdicts.confirm']({ claimId: claim.id })).toMatchObject({
      status: 'done',
    });
  });

  it('leaves a status the checker chose while it was in review', async () => {
    await wb.handlers['claims.update']({ id: claim.id, patch: { status: 'in_progress' } });
    await keepWords();
    expect(await wb.handlers['verdicts.confirm']({ claimId: claim.id })).toMatchObject({
      status: 'in_progress',
    });
    // Set back to "Needs review" by the checker: theirs to change, not Factdesk's.
    await wb.handlers['claims.update']({ id: claim.id, patch: { status: 'needs_review' } });
    await keepWords();
    expect(await get()).toMatchObject({ status: 'needs_review' });
    expect((await history()).map((entry) => entry.action)).not.toContain('review.done');
  });

  it('goes back to review when the confirmation that ended it is undone, and out again', async () => {
    await keepWords();
    await wb.handlers['verdicts.confirm']({ claimId: claim.id });
    expect(await get()).toMatchObject({ status: 'done' });
    const { claim: undone } = await wb.handlers['claims.undoField']({ id: claim.id });
    expect(undone).toMatchObject({ status: 'needs_review', textChangedSinceVerdict: true });
    expect((await history()).at(-1)).toMatchObject({
      action: 'undo.verdict.confirm',
      before: { status: 'done' },
      after: { status: 'needs_review' },
    });
    expect(await wb.handlers['verdicts.confirm']({ claimId: claim.id })).toMatchObject({
      status: 'done',
    });
  });
});

describe('a claim whose place is still to be checked', () => {
  it('stays in review after its verdict is confirmed, and leaves it once its place is kept', async () => {
    const paragraphs = [
      'Harbour review',
      'The port authority said dredging would cost 12 million euros over two years.',
      'Opposition members said the true cost was closer to 40 million euros.',
      'The council will vote on the plan in the spring, officials said after the meeting.',
    ];
    const [title, port, opposition, council] = paragraphs;
    const text = paragraphs.join('\n\n');
    article = await wb.handlers['articles.create']({ text });
    const quote = 'dredging would cost 12 million euros';
    const start = text.indexOf(quote);
    claim = await wb.handlers['claims.create']({
      articleId: article.id,
      start,
      end: start + quote.length,
    });
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'true', conclusion: 'Ok.' });
    await wb.handlers['claims.update']({ id: claim.id, patch: { status: 'done' } });
    // Its paragraph now sits between others: where it belongs is asked.
    const moved = [title, opposition, council, port].join('\n\n');
    await wb.handlers['articles.loadVersion']({ id: article.id, text: moved });
    expect(await get()).toMatchObject({ status: 'needs_review', anchorReview: 'context' });
    await wb.handlers['verdicts.confirm']({ claimId: claim.id });
    expect(await get()).toMatchObject({ status: 'needs_review', anchorReview: 'context' });
    // Kept where it is: attached to a place the checker chose, so its verdict is confirmed again.
    expect(await keepWords()).toMatchObject({ status: 'needs_review', movedSinceVerdict: true });
    await wb.handlers['verdicts.confirm']({ claimId: claim.id });
    expect(await get()).toMatchObject({ status: 'done', anchorReview: null });
  });
});
