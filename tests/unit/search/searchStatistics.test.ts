import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RANK_WINDOW } from '../../../src-main/store/searchStore';
import { openStore } from '../../../src-main/store/openStore';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

let wb: TempWorkbench;
beforeEach(() => {
  wb = openTempWorkbench();
});
afterEach(() => wb.dispose());

const factCheck = (n: number, claimText: string) => ({
  reviewUrl: `https://checks.example.org/review/${n}`,
  claimText,
  claimant: '',
  claimDate: '',
  reviewer: 'Checks Desk',
  reviewerUrl: '',
  textualRating: 'False',
  title: '',
  language: 'en',
  reviewDate: '2025-10-02',
});

describe('search statistics', () => {
  it('counts a word again when another connection has written, and never keeps "found nowhere"', () => {
    const { search, factChecks } = wb.store;
    factChecks.upsert(factCheck(1, 'Ferries stopped in Cartagena.'), '2025-10-02');
    expect(search.documentFrequency('ferri')).toBe(1);
    expect(search.documentFrequency('tumaco')).toBe(0);
    const documents = search.documentCount();

    const other = openStore(wb.dbPath);
    try {
      other.factChecks.upsert(factCheck(2, 'Ferries stopped in Tumaco.'), '2025-10-03');
    } finally {
      other.close();
    }
    expect(search.documentFrequency('ferri')).toBe(2);
    expect(search.documentFrequency('tumaco')).toBe(1);
    expect(search.documentCount()).toBe(documents + 1);

    // On a small desk every write of this connection counts too.
    factChecks.upsert(factCheck(3, 'Ferries stopped in Tumaco again.'), '2025-10-04');
    expect(search.documentFrequency('tumaco')).toBe(2);
  });

  it('ranks the newest matches of a common word, and finds claims and fact checks alike', async () => {
    const total = RANK_WINDOW + 20;
    wb.store.transaction(() => {
      for (let n = 1; n <= total; n += 1) {
        wb.store.factChecks.upsert(factCheck(n, `Ferries stopped, report ${n}.`), '2025-10-02');
      }
    });
    const { results } = await wb.handlers['search.query']({ query: 'ferries', perKind: 5 });
    // Every match scores the same: the newest come first, so the window held the newest.
    expect(results.map((r) => r.id)).toEqual([total, total - 1, total - 2, total - 3, total - 4]);

    const text = 'Ferries stopped in Tumaco.';
    wb.store.factChecks.upsert(
      factCheck(total + 1, 'Ferries were stopped in Tumaco.'),
      '2025-10-03',
    );
    const article = await wb.handlers['articles.create']({ text, meta: { title: 'Port' } });
    const claim = await wb.handlers['claims.create']({
      articleId: article.id,
      start: 0,
      end: text.length,
    });
    await wb.handlers['verdicts.set']({ claimId: claim.id, ratingKey: 'false', conclusion: '' });
    const similar = await wb.handlers['claims.similar']({ text, language: 'en', limit: 50 });
    expect(similar.results.map((r) => r.kind)).toContain('claim');
    expect(similar.results.map((r) => r.kind)).toContain('factcheck');
    const own = await wb.handlers['claims.similar']({ claimId: claim.id, limit: 50 });
    expect(own.results.some((r) => r.kind === 'claim' && r.id === claim.id)).toBe(false);
    expect(own.results.length).toBeGreaterThan(0);
  });
});
