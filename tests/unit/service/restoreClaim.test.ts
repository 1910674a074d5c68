import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Claim } from '../../../src-main/core/model';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

const original = [
  'The governor said the navy saved thousands of lives.',
  '',
  'Critics said, without evidence, that the strikes were a distraction.',
  '',
  'The campaign has killed at least 110 people, the monitor said.',
].join('\n');

let wb: TempWorkbench;
let article: Article;
const mark = async (quote: string) => {
  const start = article.text.indexOf(quote);
  return wb.handlers['claims.create']({ articleId: article.id, start, end: start + quote.length });
};
const current = () => wb.handlers['articles.get']({ id: article.id });

/** Saves a new text from the app's editor, with the live claims where the service had them. */
async function saveInApp(text: string) {
  const before = await current();
  const claims = await wb.handlers['claims.list']({ articleId: article.id });
  return wb.handlers['articles.saveText']({
    id: article.id,
    baseSha256: before.sha256,
    text,
    spans: claims.map(({ id, start, end, anchorState }) => ({ id, start, end, anchorState })),
  });
}

/** What every restored claim must satisfy: placed on its own words, or orphaned in the text. */
function expectOnItsWords(claim: Claim, text: string) {
  if (claim.anchorState === 'orphaned') {
    expect(claim.start).toBe(claim.end);
    expect(claim.end).toBeLessThanOrEqual(text.length);
  } else {
    expect(text.slice(claim.start, claim.end)).toBe(claim.exact);
  }
}

beforeEach(async () => {
  wb = openTempWorkbench();
  article = await wb.handlers['articles.create']({ text: original });
});
afterEach(() => wb.dispose());

describe('restoring a deleted claim (Undo) after the text changed', () => {
  it('re-anchors it from the version it was anchored to, onto its own words', async () => {
    const claim = await mark('at least 110 people');
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'true', conclusion: '' });
    await wb.handlers['claims.delete']({ id: claim.id });
    const newer = `Updated on Tuesday with the monitor's figures.\n\n${original}`;
    await wb.handlers['articles.loadVersion']({ id: article.id, text: newer });

    const restored = await wb.handlers['claims.restore']({ id: claim.id });
    expect(restored).toMatchObject({
      anchorState: 'attached',
      anchoredVersion: 2,
      textChangedSinceVerdict: false,
      movedSinceVerdict: false,
      verdict: { ratingKey: 'true' },
    });
    expect(newer.slice(restored.start, restored.end)).toBe('at least 110 people');
    const history = await wb.handlers['claims.history']({ id: claim.id });
    expect(history.map((entry) => entry.action)).toEqual([
      'create',
      'verdict',
      'delete',
      'restore',
    ]);
  });

  it('restores it orphaned, for review and with its verdict flagged, when its words are gone', async () => {
    const claim = await mark('without evidence');
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'false', conclusion: '' });
    await wb.handlers['claims.delete']({ id: claim.id });
    const without = original.replace('Critics said, without evidence, that', 'Critics said that');
    await wb.handlers['articles.loadVersion']({ id: article.id, text: without });

    const restored = await wb.handlers['claims.restore']({ id: claim.id });
    expect(restored).toMatchObject({
      anchorState: 'orphaned',
      exact: 'without evidence',
      status: 'needs_review',
      textChangedSinceVerdict: true,
    });
    expectOnItsWords(restored, without);
    const markdown = await wb.handlers['reports.export']({ articleId: article.id, format: 'md' });
    expect(markdown.content).toContain('Not found in the current text');
    const codes = (await wb.handlers['reports.check']({ articleId: article.id })).map(
      (finding) => finding.code,
    );
    expect(codes).toContain('verdict-on-other-text');
  });

  it('finds it by its quote when the text it was anchored to was rewritten in the app', async () => {
    const claim = await mark('at least 110 people');
    // The first edit starts version 2; the claim moves with it. Later edits rewrite version 2.
    await saveInApp(original.replace('The governor said', 'On Monday the governor said'));
    await wb.handlers['claims.delete']({ id: claim.id });
    const rewritten = `Updated.\n\n${(await current()).text}`;
    await saveInApp(rewritten);
    expect((await current()).version).toBe(2);

    const restored = await wb.handlers['claims.restore']({ id: claim.id });
    expect(restored).toMatchObject({ anchorState: 'attached', exact: 'at least 110 people' });
    expectOnItsWords(restored, rewritten);
  });

  it('never puts it on a copy of its words that someone else said', async () => {
    const claim = await mark('without evidence');
    await saveInApp(original.replace('The governor said', 'On Monday the governor said'));
    await wb.handlers['claims.delete']({ id: claim.id });
    const text = (await current()).text.replace(
      'Critics said, without evidence, that the strikes were a distraction.',
      'The harbour master replied that the port stayed open.\n\nThe mayor claimed, without evidence, that smugglers had left.',
    );
    await saveInApp(text);

    const restored = await wb.handlers['claims.restore']({ id: claim.id });
    expectOnItsWords(restored, text);
    expect(restored.anchorState === 'orphaned' || restored.anchorReview !== null).toBe(true);
    expect(restored.status).toBe('needs_review');
  });

  it('leaves a claim restored on the text it was deleted from where it was', async () => {
    const claim = await mark('at least 110 people');
    await wb.handlers['claims.delete']({ id: claim.id });
    const restored = await wb.handlers['claims.restore']({ id: claim.id });
    expect(restored).toMatchObject({
      start: claim.start,
      end: claim.end,
      anchorState: 'attached',
      anchoredVersion: 1,
      status: 'unchecked',
    });
  });
});
