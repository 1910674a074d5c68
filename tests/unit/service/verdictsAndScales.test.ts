import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../src-main/core/model';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

let wb: TempWorkbench;
let claim: Claim;
beforeEach(async () => {
  wb = openTempWorkbench();
  const article = await wb.handlers['articles.create']({
    text: 'The minister said unemployment fell by half.',
  });
  claim = await wb.handlers['claims.create']({ articleId: article.id, start: 18, end: 44 });
});
afterEach(() => wb.dispose());

describe('verdicts and rating scales', () => {
  it('offers the Standard, platform-label and conclusion-only scales built in', async () => {
    const scales = await wb.handlers['scales.list']({});
    const standard = scales.find((s) => s.id === 'standard');
    expect(standard?.ratings.map((r) => [r.key, r.label])).toEqual([
      ['true', 'True'],
      ['mostly-true', 'Mostly true'],
      ['half-true', 'Half true'],
      ['mostly-false', 'Mostly false'],
      ['false', 'False'],
      ['unproven', 'Unproven'],
    ]);
    expect(scales.find((s) => s.id === 'platform-labels')?.ratings.map((r) => r.label)).toEqual([
      'False',
      'Altered',
      'Partly false',
      'Missing context',
      'Satire',
      'True',
    ]);
    expect(scales.find((s) => s.id === 'conclusion-only')?.ratings).toEqual([]);
  });

  it('sets a verdict on the active scale, recording the version it judged', async () => {
    const updated = await wb.handlers['verdicts.set']({
      claimId: claim.id,
      ratingKey: 'mostly-false',
      conclusion: 'It fell by a third.',
    });
    expect(updated.verdict).toMatchObject({
      scaleId: 'standard',
      ratingKey: 'mostly-false',
      conclusion: 'It fell by a third.',
      articleVersion: 1,
      checkedAt: '2026-03-04T10:00:00.000Z',
    });
  });

  it('refuses a rating that is not on the active scale', async () => {
    await expect(
      wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'satire', conclusion: '' }),
    ).rejects.toMatchObject({ code: 'invalid_input', issues: [{ path: 'ratingKey' }] });
    await wb.handlers['preferences.set']({ patch: { defaultScaleId: 'platform-labels' } });
    const updated = await wb.handlers['verdicts.set']({
      claimId: claim.id,
      ratingKey: 'satire',
      conclusion: '',
    });
    expect(updated.verdict?.scaleId).toBe('platform-labels');
  });

  it('saves, lists and deletes custom scales, protecting built-ins and scales in use', async () => {
    const custom = {
      id: 'traffic-light',
      name: 'Traffic light',
      kind: 'ordinal' as const,
      ratings: [
        { key: 'green', label: 'Green', colour: '#00aa00', value: 3, shortcut: 'g' },
        { key: 'amber', label: 'Amber', colour: '#ffaa00', value: 2, shortcut: 'a' },
        { key: 'red', label: 'Red', colour: '#cc0000', value: 1, shortcut: 'r' },
      ],
    };
    expect(await wb.handlers['scales.save']({ scale: custom })).toMatchObject({
      builtin: false,
      name: 'Traffic light',
    });
    await expect(
      wb.handlers['scales.save']({ scale: { ...custom, id: 'standard' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      wb.handlers['scales.save']({
        scale: { ...custom, ratings: [custom.ratings[0]!, custom.ratings[0]!] },
      }),
    ).rejects.toThrow(/appears twice/);
    await wb.handlers['preferences.set']({ patch: { defaultScaleId: 'traffic-light' } });
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'amber', conclusion: '' });
    await expect(wb.handlers['scales.delete']({ id: 'traffic-light' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(wb.handlers['scales.delete']({ id: 'standard' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('a conclusion-only verdict has no rating', async () => {
    await wb.handlers['preferences.set']({ patch: { defaultScaleId: 'conclusion-only' } });
    const updated = await wb.handlers['verdicts.set']({
      claimId: claim.id,
      ratingKey: null,
      conclusion: 'Misleading framing.',
    });
    expect(updated.verdict).toMatchObject({ ratingKey: null, conclusion: 'Misleading framing.' });
    await expect(
      wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'true', conclusion: '' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('refuses an unknown default scale in preferences', async () => {
    await expect(
      wb.handlers['preferences.set']({ patch: { defaultScaleId: 'nope' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await wb.handlers['preferences.get']({})).defaultScaleId).toBe('standard');
  });
});
