import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkbench } from '../../../src-main/service/openWorkbench';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { fixturesDir, openTempWorkbench } from '../../helpers/tempWorkbench';

const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const feedFile = (name: string) => ({
  fileName: name,
  dataBase64: readFileSync(join(fixturesDir, 'factchecks', name)).toString('base64'),
});

let wb: TempWorkbench;
beforeEach(() => {
  wb = openTempWorkbench();
});
afterEach(() => wb.dispose());

/** An article holding each sentence, each sentence a claim; returns the claims' ids. */
async function claimsOf(sentences: string[], meta: object = {}) {
  const text = sentences.join(' ');
  const article = await wb.handlers['articles.create']({ text, meta });
  const ids: number[] = [];
  for (const sentence of sentences) {
    const start = text.indexOf(sentence);
    const claim = await wb.handlers['claims.create']({
      articleId: article.id,
      start,
      end: start + sentence.length,
    });
    ids.push(claim.id);
  }
  return { article, ids };
}

describe('factchecks.import', () => {
  it('stores each format, updates a review in place when its URL comes again, and lists what it skipped', async () => {
    const h = wb.handlers;
    expect(await h['factchecks.import'](feedFile('datafeed.json'))).toEqual({
      imported: 2,
      updated: 0,
      skipped: [
        { index: 1, reason: 'no review URL (url)' },
        { index: 2, reason: 'no rating (reviewRating)' },
        { index: 4, reason: 'of type Article, not ClaimReview' },
      ],
      warnings: [],
    });
    expect(await h['factchecks.import'](feedFile('factcheck-tools-api.json'))).toMatchObject({
      imported: 2,
      updated: 0,
    });
    const changed = JSON.parse(
      readFileSync(join(fixturesDir, 'factchecks', 'claimreview-single.json'), 'utf8'),
    ) as Record<string, unknown>;
    await h['factchecks.import']({
      fileName: 'a.json',
      dataBase64: base64(JSON.stringify(changed)),
    });
    changed.url = 'HTTPS://CHECKS.example.org:443/2025/10/boat-strikes-110';
    changed.reviewRating = { alternateName: 'False' };
    expect(
      await h['factchecks.import']({
        fileName: 'b.json',
        dataBase64: base64(JSON.stringify(changed)),
      }),
    ).toEqual({ imported: 0, updated: 1, skipped: [], warnings: [] });
    const { results } = await h['search.query']({ query: 'boats caribbean', kinds: ['factcheck'] });
    expect(results).toHaveLength(1);
    expect(results[0]?.ratingLabel).toBe('False');
    const check = await h['factchecks.get']({ id: results[0]?.id ?? 0 });
    expect(check).toMatchObject({ claimant: 'Pete Hegseth', reviewer: 'Checks Example' });
  });

  it('refuses a file that is no feed and writes nothing', async () => {
    const result = await wb.dispatch('factchecks.import', {
      fileName: 'notes.txt',
      dataBase64: base64('just some notes'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(wb.store.factChecks.count()).toBe(0);
  });

  it('reads the feed in the import worker, under the limits every import has', async () => {
    const limited = openWorkbench({
      dbPath: join(wb.dir, 'limited.sqlite'),
      shell: 'test',
      appVersion: '0.0.0-test',
      importLimits: { timeMs: 1 },
    });
    try {
      const result = await limited.dispatch('factchecks.import', feedFile('datafeed.json'));
      expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } });
      // Stopped by the worker's timer, or (on a busy machine) by the reader's own deadline first.
      expect(result.ok ? '' : result.error.message).toMatch(
        /datafeed\.json("? took longer than|: Reading the feed took too long)/,
      );
      expect(limited.store.factChecks.count()).toBe(0);
      // The same file within the limits is read by the same worker and stored.
      const again = await wb.dispatch('factchecks.import', feedFile('datafeed.json'));
      expect(again).toMatchObject({ ok: true, value: { imported: 2 } });
    } finally {
      limited.close();
    }
  });
});

describe('claims.similar and claims.citeCheck', () => {
  it('ranks a reworded earlier check first, and a near-copy with another number or a negation below it', async () => {
    const h = wb.handlers;
    const earlier = await claimsOf(
      [
        'US strikes on boats in the Caribbean have killed at least 110 people this year.',
        'US strikes on boats in the Caribbean have killed at least 11 people this year.',
        'US strikes on boats in the Caribbean have not killed any people this year.',
        'The harbour handled 4 million tonnes last year.',
      ],
      { title: 'Earlier checks', url: 'https://desk.example/earlier' },
    );
    for (const [i, id] of earlier.ids.entries()) {
      await h['verdicts.set']({
        claimId: id,
        ratingKey: i === 0 ? 'mostly-true' : 'false',
        conclusion: '',
      });
    }
    const now = await claimsOf([
      'At least 110 people were killed this year by American strikes on boats in the Caribbean.',
    ]);
    const { results } = await h['claims.similar']({ claimId: now.ids[0] ?? 0 });
    expect(results[0]).toMatchObject({
      kind: 'claim',
      id: earlier.ids[0],
      ratingLabel: 'Mostly true',
      checkedBy: 'unnamed checker',
      date: '2026-03-04',
      url: 'https://desk.example/earlier',
      differences: [],
      cited: false,
    });
    const ids = results.map((r) => r.id);
    expect(ids).not.toContain(now.ids[0]);
    expect(ids).not.toContain(earlier.ids[3]);
    // The near-copies are shown, lower, with what differs, for the checker to judge.
    expect(results.slice(1).map((r) => [r.id, r.differences])).toEqual([
      [earlier.ids[1], ['Different numbers: “11” there, “110” here.']],
      [earlier.ids[2], ['Only one of them gives “110”.', 'It is stated in the negative.']],
    ]);
  });

  it('cites an earlier check or an imported fact check as a context source with its verdict, once', async () => {
    const h = wb.handlers;
    await h['preferences.set']({ patch: { checkerName: 'A. Ramos', organisationName: 'Desk' } });
    await h['factchecks.import'](feedFile('claimreview-single.json'));
    const earlier = await claimsOf(['Strikes in the Caribbean killed 110 people this year.'], {
      url: 'https://desk.example/a',
    });
    await h['verdicts.set']({
      claimId: earlier.ids[0] ?? 0,
      ratingKey: 'false',
      conclusion: 'Only 80.',
    });
    const now = await claimsOf(['This year 110 people were killed in strikes in the Caribbean.']);
    const claimId = now.ids[0] ?? 0;
    const { results } = await h['claims.similar']({ claimId });
    expect(results.map((r) => r.kind).sort()).toEqual(['claim', 'factcheck']);
    const factCheck = results.find((r) => r.kind === 'factcheck');
    const ownCheck = results.find((r) => r.kind === 'claim');

    let claim = await h['claims.citeCheck']({
      claimId,
      check: { kind: 'factcheck', id: factCheck?.id ?? 0 },
    });
    claim = await h['claims.citeCheck']({
      claimId,
      check: { kind: 'claim', id: ownCheck?.id ?? 0 },
    });
    expect(claim.sources.map((s) => [s.stance, s.source.url, s.excerpt])).toEqual([
      [
        'context',
        'https://checks.example.org/2025/10/boat-strikes-110',
        'Rated “Half true” by Checks Example on 2025-10-16: “US strikes on boats in the Caribbean have killed at least 110 people this year.”',
      ],
      ['context', 'https://desk.example/a', 'Rated “False” by A. Ramos on 2026-03-04. Only 80.'],
    ]);
    expect((await h['claims.similar']({ claimId })).results.every((r) => r.cited)).toBe(true);
    const again = await wb.dispatch('claims.citeCheck', {
      claimId,
      check: { kind: 'factcheck', id: factCheck?.id ?? 0 },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const self = await wb.dispatch('claims.citeCheck', {
      claimId,
      check: { kind: 'claim', id: claimId },
    });
    expect(self).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const history = await h['claims.history']({ id: claimId });
    expect(history.filter((entry) => entry.action === 'source.attach')).toHaveLength(2);
  });

  it("imports this desk's own ClaimReview export on another laptop and finds it as an earlier check", async () => {
    const h = wb.handlers;
    await h['preferences.set']({
      patch: {
        checkerName: 'A. Ramos',
        organisationName: 'Harbour Desk',
        organisationUrl: 'https://harbourdesk.example',
      },
    });
    const { article, ids } = await claimsOf(
      ['The harbour handled 4 million tonnes last year.', 'Ferries run 40 times a day.'],
      {
        title: 'Harbour figures',
        url: 'https://gazette.example/harbour',
        language: 'en',
      },
    );
    // One page reviews both claims: each ClaimReview carries the page's URL.
    await h['articles.update']({
      id: article.id,
      patch: { factCheckUrl: 'https://harbourdesk.example/checks/harbour-figures' },
    });
    await h['claims.update']({ id: ids[0] ?? 0, patch: { claimant: 'Harbour board' } });
    await h['verdicts.set']({ claimId: ids[0] ?? 0, ratingKey: 'true', conclusion: 'Port data.' });
    await h['verdicts.set']({ claimId: ids[1] ?? 0, ratingKey: 'mostly-false', conclusion: '' });
    const exported = await h['reports.export']({ articleId: article.id, format: 'claimreview' });

    const colleague = openTempWorkbench();
    try {
      const result = await colleague.handlers['factchecks.import']({
        fileName: exported.fileName,
        dataBase64: base64(exported.content),
      });
      expect(result).toEqual({ imported: 2, updated: 0, skipped: [], warnings: [] });
      const similar = await colleague.handlers['claims.similar']({
        text: 'Last year 4 million tonnes went through the harbour, the board says.',
      });
      expect(similar.results[0]).toMatchObject({
        kind: 'factcheck',
        ratingLabel: 'True',
        checkedBy: 'Harbour Desk',
        text: 'The harbour handled 4 million tonnes last year.',
      });
      const again = await colleague.handlers['factchecks.import']({
        fileName: exported.fileName,
        dataBase64: base64(exported.content),
      });
      expect(again).toEqual({ imported: 0, updated: 2, skipped: [], warnings: [] });
    } finally {
      colleague.dispose();
    }
  });
});
