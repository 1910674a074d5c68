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

  it('after an undo, a new change is the one undone next', async () => {
    await wb.handlers['claims.update']({ id: claim.id, patch: { claimant: 'A' } });
    await undo();
    await wb.handlers['claims.update']({ id: claim.id, patch: { claimant: 'B' } });
    await undo();
    expect((await stored()).claimant).toBe('Coastal Rights Monitor');
    await expect(undo()).rejects.toThrow('no change');
  });
});
