import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../src-main/core/model';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { fixtureText, openTempWorkbench } from '../../helpers/tempWorkbench';

let wb: TempWorkbench;
let claim: Claim;

beforeEach(async () => {
  wb = openTempWorkbench();
  const article = await wb.handlers['articles.create']({
    text: fixtureText('harbour-council.txt'),
  });
  const start = article.text.indexOf('at least 110 people');
  claim = await wb.handlers['claims.create']({
    articleId: article.id,
    start,
    end: start + 'at least 110 people'.length,
    claimant: 'Coastal Rights Monitor',
  });
});
afterEach(() => wb.dispose());

const undo = () => wb.handlers['claims.undoField']({ id: claim.id });
const stored = () => wb.handlers['claims.get']({ id: claim.id });

describe('claims.undoField', () => {
  it('steps back through verdict, conclusion, claimant and status changes, newest first, and records each undo', async () => {
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'false', conclusion: '' });
    await wb.handlers['verdicts.set']({
      claimId: claim.id,
      ratingKey: 'false',
      conclusion: 'The ministry counts 112.',
    });
    await wb.handlers['claims.update']({ id: claim.id, patch: { claimant: 'The ministry' } });
    await wb.handlers['claims.update']({ id: claim.id, patch: { status: 'in_progress' } });
    // A change to a field the undo does not cover is left alone and skipped.
    await wb.handlers['claims.update']({ id: claim.id, patch: { tags: ['casualties'] } });

    expect((await undo()).undone).toBe('Undid the change of status.');
    expect((await stored()).status).toBe('unchecked');
    expect((await stored()).tags).toEqual(['casualties']);
    expect((await undo()).undone).toBe('Undid the change of claimant.');
    expect((await stored()).claimant).toBe('Coastal Rights Monitor');
    await undo();
    expect((await stored()).verdict).toMatchObject({ ratingKey: 'false', conclusion: '' });
    await undo();
    expect((await stored()).verdict).toBeNull();
    await expect(undo()).rejects.toThrow('There is no change to this claim to undo.');

    const history = await wb.handlers['claims.history']({ id: claim.id });
    expect(
      history.filter((entry) => entry.action.startsWith('undo.')).map((e) => e.action),
    ).toEqual(['undo.update', 'undo.update', 'undo.verdict', 'undo.verdict']);
  });

  it('undoes a confirmed verdict’s confirmation, and never a status that re-anchoring set', async () => {
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'false', conclusion: '' });
    const article = await wb.handlers['articles.get']({ id: claim.articleId });
    const corrected = article.text.replace('at least 110 people', 'at least 112 people');
    await wb.handlers['articles.loadVersion']({ id: article.id, text: corrected });
    expect(await stored()).toMatchObject({
      anchorState: 'changed',
      status: 'needs_review',
      textChangedSinceVerdict: true,
    });
    await wb.handlers['verdicts.confirm']({ claimId: claim.id });

    const first = await undo();
    expect(first.undone).toBe('Undid the confirmation of the verdict.');
    expect(first.claim).toMatchObject({
      status: 'needs_review',
      textChangedSinceVerdict: true,
      verdict: { ratingKey: 'false', articleVersion: 1 },
    });
    // Next comes the checker's own change, the verdict; the status re-anchoring set is not theirs.
    const second = await undo();
    expect(second.undone).toBe('Undid the verdict.');
    expect(second.claim).toMatchObject({ status: 'needs_review', verdict: null });
    const history = await wb.handlers['claims.history']({ id: claim.id });
    expect(history.map((entry) => entry.action)).toEqual([
      'create',
      'verdict',
      'anchor',
      'verdict.confirm',
      'undo.verdict.confirm',
      'undo.verdict',
    ]);
    expect(history[2]).toMatchObject({
      before: { status: 'unchecked' },
      after: { anchorState: 'changed', status: 'needs_review' },
    });
  });

  it('after an undo, a new change is the one undone next', async () => {
    await wb.handlers['claims.update']({ id: claim.id, patch: { claimant: 'A' } });
    await undo();
    await wb.handlers['claims.update']({ id: claim.id, patch: { claimant: 'B' } });
    await undo();
    expect((await stored()).claimant).toBe('Coastal Rights Monitor');
    await expect(undo()).rejects.toThrow('no change');
  });
});
