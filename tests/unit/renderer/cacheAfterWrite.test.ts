import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { claimOutline } from '../../../src-main/core/claimOutline';
import type { Article, Claim, ClaimOutline, Preferences } from '../../../src-main/core/model';
import { cacheAfterWrite } from '../../../src-renderer/src/api/cacheAfterWrite';
import { contractKey } from '../../../src-renderer/src/api/contractKey';

const claim = (id: number, start: number, end: number, patch: Partial<Claim> = {}): Claim =>
  ({
    id,
    articleId: 1,
    start,
    end,
    exact: `claim ${id}`,
    anchorState: 'attached',
    anchoredVersion: 1,
    claimant: '',
    status: 'unchecked',
    assignee: '',
    verdict: null,
    sources: [],
    ...patch,
  }) as Claim;

/** A cache as the workbench has it with article 1 open and claim 2 in the inspector. */
function openWorkbenchCache() {
  const cache = new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } },
  });
  const claims = [claim(1, 0, 5), claim(2, 10, 15), claim(3, 20, 25)];
  cache.setQueryData(contractKey('claims.outline', { articleId: 1 }), claims.map(claimOutline));
  cache.setQueryData(contractKey('claims.outline', { articleId: 2 }), [
    claimOutline(claim(9, 0, 1, { articleId: 2 })),
  ]);
  cache.setQueryData(contractKey('claims.get', { id: 2 }), claims[1]);
  cache.setQueryData(contractKey('articles.get', { id: 1 }), {
    id: 1,
    title: 'Budget',
    text: 'old',
    sha256: 'a',
  } as Article);
  cache.setQueryData(contractKey('articles.list', {}), []);
  cache.setQueryData(contractKey('articles.list', { query: 'bud' }), []);
  for (const id of [1, 2, 3]) cache.setQueryData(contractKey('claims.history', { id }), []);
  cache.setQueryData(contractKey('claims.candidates', { id: 2, limit: 3 }), []);
  return { cache, claims };
}

/** Which cached reads a write left out of date, by key. */
function invalidated(cache: QueryClient): string[] {
  return cache
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.isInvalidated)
    .map((query) => JSON.stringify(query.queryKey))
    .sort();
}

const outlines = (cache: QueryClient, articleId = 1) =>
  cache.getQueryData<ClaimOutline[]>(contractKey('claims.outline', { articleId }));

describe('cacheAfterWrite', () => {
  it('a verdict replaces its claim where it is read, and invalidates its history and the library only', () => {
    const { cache } = openWorkbenchCache();
    const before = outlines(cache);
    const rated = claim(2, 10, 15, {
      verdict: { scaleId: 's', ratingKey: 'false' } as Claim['verdict'],
    });
    cacheAfterWrite(
      cache,
      'verdicts.set',
      { claimId: 2, ratingKey: 'false', conclusion: '' },
      rated,
    );
    expect(outlines(cache)?.map((c) => c.verdict?.ratingKey ?? null)).toEqual([
      null,
      'false',
      null,
    ]);
    expect(cache.getQueryData(contractKey('claims.get', { id: 2 }))).toEqual(rated);
    // The other outlines keep their identity, so their rows and highlights are not touched.
    expect(outlines(cache)?.[0]).toBe(before?.[0]);
    expect(invalidated(cache)).toEqual([
      '["articles.list",{"query":"bud"}]',
      '["articles.list",{}]',
      '["claims.history",{"id":2}]',
    ]);
  });

  it('editing a claim’s fields leaves the library alone', () => {
    const { cache } = openWorkbenchCache();
    const patched = claim(3, 20, 25, { claimant: 'Mayor' });
    cacheAfterWrite(cache, 'claims.update', { id: 3, patch: { claimant: 'Mayor' } }, patched);
    expect(outlines(cache)?.[2]?.claimant).toBe('Mayor');
    expect(invalidated(cache)).toEqual(['["claims.history",{"id":3}]']);
  });

  it('an earlier answer about a claim does not undo a later change still on its way', () => {
    const { cache } = openWorkbenchCache();
    const picked = claim(2, 10, 15, {
      verdict: { scaleId: 's', ratingKey: 'true' } as Claim['verdict'],
    });
    cache.setQueryData(contractKey('claims.get', { id: 2 }), picked);
    // The claim date's save was sent before the rating; its answer has no verdict yet.
    const dated = claim(2, 10, 15, { claimDate: '2025-10-18' });
    const laterWriteTo = (id: number) => id === 2;
    cacheAfterWrite(cache, 'claims.update', { id: 2, patch: { claimDate: '2025-10-18' } }, dated, {
      laterWriteTo,
    });
    expect(cache.getQueryData(contractKey('claims.get', { id: 2 }))).toEqual(picked);
    expect(invalidated(cache)).toEqual(['["claims.history",{"id":2}]']);
  });

  it('a new claim goes into its article’s outline in text order', () => {
    const { cache } = openWorkbenchCache();
    cacheAfterWrite(cache, 'claims.create', { articleId: 1, start: 10, end: 30 }, claim(4, 10, 30));
    expect(outlines(cache)?.map((c) => c.id)).toEqual([1, 4, 2, 3]);
    expect(outlines(cache, 2)?.map((c) => c.id)).toEqual([9]);
  });

  it('a reattached claim moves to its new place', () => {
    const { cache } = openWorkbenchCache();
    cacheAfterWrite(cache, 'claims.reattach', { id: 1, start: 30, end: 35 }, claim(1, 30, 35));
    expect(outlines(cache)?.map((c) => c.id)).toEqual([2, 3, 1]);
    // The library's "need review" counts may change with it.
    expect(invalidated(cache)).toEqual([
      '["articles.list",{"query":"bud"}]',
      '["articles.list",{}]',
      '["claims.history",{"id":1}]',
    ]);
  });

  it('a deleted claim leaves the outline and the library counts are read again', () => {
    const { cache } = openWorkbenchCache();
    cacheAfterWrite(cache, 'claims.delete', { id: 2 }, { id: 2 });
    expect(outlines(cache)?.map((c) => c.id)).toEqual([1, 3]);
    expect(cache.getQueryData(contractKey('claims.get', { id: 2 }))).toBeUndefined();
    expect(invalidated(cache)).toEqual([
      '["articles.list",{"query":"bud"}]',
      '["articles.list",{}]',
    ]);
  });

  it('a text save moves every claim to the span sent, takes the changed ones in full, and fetches nothing', () => {
    const { cache } = openWorkbenchCache();
    const article = { id: 1, title: 'Budget', text: 'Now: new', sha256: 'b' } as Article;
    const changed = claim(1, 5, 11, { exact: 'claim 1 changed', anchorState: 'changed' });
    cacheAfterWrite(
      cache,
      'articles.saveText',
      {
        id: 1,
        baseSha256: 'a'.repeat(64),
        text: 'Now: new',
        spans: [
          { id: 1, start: 5, end: 10, anchorState: 'attached' },
          { id: 2, start: 15, end: 20, anchorState: 'attached' },
          { id: 3, start: 25, end: 30, anchorState: 'attached' },
        ],
      },
      { article, claims: [changed] },
    );
    expect(cache.getQueryData(contractKey('articles.get', { id: 1 }))).toEqual(article);
    expect(outlines(cache)?.map((c) => [c.id, c.start, c.end, c.exact, c.anchorState])).toEqual([
      [1, 5, 11, 'claim 1 changed', 'changed'],
      [2, 15, 20, 'claim 2', 'attached'],
      [3, 25, 30, 'claim 3', 'attached'],
    ]);
    expect(cache.getQueryData<Claim>(contractKey('claims.get', { id: 2 }))).toMatchObject({
      start: 15,
      end: 20,
    });
    // Marked out of date, so read again when next shown; but nothing is fetched now.
    expect(
      cache
        .getQueryCache()
        .getAll()
        .filter((query) => query.state.fetchStatus === 'fetching')
        .map((query) => query.queryKey[0]),
    ).toEqual([]);
    expect(invalidated(cache)).toContain('["claims.history",{"id":2}]');
    expect(invalidated(cache)).toContain('["claims.get",{"id":2}]');
    expect(invalidated(cache)).toContain('["claims.candidates",{"id":2,"limit":3}]');
    expect(invalidated(cache)).not.toContain('["claims.outline",{"articleId":1}]');
  });

  it('keeps the outline in text order when a save moved a paragraph', () => {
    const { cache } = openWorkbenchCache();
    const save = (spans: [number, number, number][]) =>
      cacheAfterWrite(
        cache,
        'articles.saveText',
        {
          id: 1,
          baseSha256: 'a'.repeat(64),
          text: 'x'.repeat(60),
          spans: spans.map(([id, start, end]) => ({ id, start, end, anchorState: 'attached' })),
        },
        { article: { id: 1, text: 'x'.repeat(60), sha256: 'b' } as Article, claims: [] },
      );
    // The paragraph with claim 1 moved below the others.
    save([
      [1, 40, 45],
      [2, 10, 15],
      [3, 20, 25],
    ]);
    expect(outlines(cache)?.map((c) => c.id)).toEqual([2, 3, 1]);
    save([
      [1, 41, 46],
      [2, 11, 16],
      [3, 21, 26],
    ]);
    expect(outlines(cache)?.map((c) => [c.id, c.start])).toEqual([
      [2, 11],
      [3, 21],
      [1, 41],
    ]);
  });

  it('reads the library again at once only when a text save sent a claim to review', async () => {
    const save = (status: Claim['status']) => {
      const { cache } = openWorkbenchCache();
      let libraryReads = 0;
      const library = new QueryObserver(cache, {
        queryKey: contractKey('articles.list', {}),
        queryFn: () => {
          libraryReads++;
          return [];
        },
      });
      const unsubscribe = library.subscribe(() => undefined);
      const changed = claim(1, 0, 6, { exact: 'claim 1!', anchorState: 'changed', status });
      cacheAfterWrite(
        cache,
        'articles.saveText',
        { id: 1, baseSha256: 'a'.repeat(64), text: 'claim 1! …', spans: [] },
        { article: { id: 1, text: 'claim 1! …' } as Article, claims: [changed] },
      );
      unsubscribe();
      return libraryReads;
    };
    expect(save('unchecked')).toBe(0);
    expect(save('needs_review')).toBe(1);
  });

  it('an archived copy reaches every cached claim that cites the source', () => {
    const { cache } = openWorkbenchCache();
    const source = {
      id: 5,
      title: 'Statement',
      archive: null,
    } as unknown as Claim['sources'][number]['source'];
    const citing = claim(3, 20, 25, {
      sources: [{ source, stance: 'supports', excerpt: '', note: '', tier: null }],
    });
    cache.setQueryData(contractKey('claims.get', { id: 3 }), citing);
    const archived = { ...source, archive: { sha256: 'f'.repeat(64) } } as typeof source;
    cacheAfterWrite(
      cache,
      'sources.archive',
      { sourceId: 5, fileName: 'a.html', dataBase64: '' },
      archived,
    );
    expect(
      cache.getQueryData<Claim>(contractKey('claims.get', { id: 3 }))?.sources[0]?.source,
    ).toEqual(archived);
  });

  it('citing an earlier check updates the claim and its matches; an imported feed changes every match and search', () => {
    const { cache, claims } = openWorkbenchCache();
    cache.setQueryData(contractKey('claims.similar', { claimId: 2 }), { results: [] });
    cache.setQueryData(contractKey('claims.similar', { claimId: 3 }), { results: [] });
    cache.setQueryData(contractKey('search.query', { query: 'budget' }), { results: [] });
    cache.setQueryData(contractKey('factchecks.get', { id: 7 }), {} as never);
    const cited = { ...claims[1], notes: 'cited' } as Claim;
    cacheAfterWrite(
      cache,
      'claims.citeCheck',
      { claimId: 2, check: { kind: 'factcheck', id: 7 } },
      cited,
    );
    expect(cache.getQueryData(contractKey('claims.get', { id: 2 }))).toEqual(cited);
    expect(invalidated(cache)).toEqual([
      '["claims.history",{"id":2}]',
      '["claims.similar",{"claimId":2}]',
      '["search.query",{"query":"budget"}]',
    ]);

    const fresh = openWorkbenchCache().cache;
    fresh.setQueryData(contractKey('claims.similar', { claimId: 2 }), { results: [] });
    fresh.setQueryData(contractKey('claims.similar', { claimId: 3 }), { results: [] });
    fresh.setQueryData(contractKey('search.query', { query: 'budget' }), { results: [] });
    cacheAfterWrite(
      fresh,
      'factchecks.import',
      { fileName: 'feed.json', dataBase64: '' },
      { imported: 1, updated: 0, skipped: [], warnings: [] },
    );
    expect(invalidated(fresh)).toEqual([
      '["claims.similar",{"claimId":2}]',
      '["claims.similar",{"claimId":3}]',
      '["search.query",{"query":"budget"}]',
    ]);
  });

  it('only the patched preferences are taken from the answer, so a later change is not undone', () => {
    const { cache } = openWorkbenchCache();
    const key = contractKey('preferences.get', {});
    cache.setQueryData(key, { checkerName: 'A. Ramos typing more', theme: 'dark' } as Preferences);
    cacheAfterWrite(cache, 'preferences.set', { patch: { theme: 'dark' } }, {
      checkerName: 'A. Ramos',
      theme: 'dark',
    } as Preferences);
    expect(cache.getQueryData(key)).toEqual({ checkerName: 'A. Ramos typing more', theme: 'dark' });
  });
});

describe('writes while an article opens', () => {
  /**
   * An article opens on its claims' places, and the outline is read meanwhile: the service
   * answers it before the write that follows, but the answer (thousands of outlines) can reach
   * the cache after the write's own. `write` changes what the service holds and tells the cache.
   */
  async function outlineAfterWriteDuringRead(
    stored: Claim[],
    write: (cache: QueryClient, stored: Claim[]) => void,
  ) {
    const cache = new QueryClient({
      defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: false } },
    });
    const answers: (() => void)[] = [];
    const observer = new QueryObserver(cache, {
      queryKey: contractKey('claims.outline', { articleId: 1 }),
      queryFn: () => {
        const read = stored.map(claimOutline);
        return new Promise<ClaimOutline[]>((answer) => answers.push(() => answer(read)));
      },
    });
    const unsubscribe = observer.subscribe(() => undefined);
    expect(answers).toHaveLength(1);
    write(cache, stored);
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    // The answer read before the write arrives last.
    answers[1]?.();
    answers[0]?.();
    await new Promise((done) => setTimeout(done, 10));
    const ids = outlines(cache)?.map((c) => c.id);
    unsubscribe();
    return ids;
  }

  it('a claim marked before the outline arrives is in it once it does', async () => {
    const ids = await outlineAfterWriteDuringRead([claim(1, 0, 5)], (cache, stored) => {
      stored.push(claim(2, 10, 15));
      cacheAfterWrite(
        cache,
        'claims.create',
        { articleId: 1, start: 10, end: 15 },
        claim(2, 10, 15),
      );
    });
    expect(ids).toEqual([1, 2]);
  });

  it('a claim deleted before the outline arrives is not in it once it does', async () => {
    const ids = await outlineAfterWriteDuringRead(
      [claim(1, 0, 5), claim(2, 10, 15)],
      (cache, stored) => {
        stored.pop();
        cacheAfterWrite(cache, 'claims.delete', { id: 2 }, { id: 2 });
      },
    );
    expect(ids).toEqual([1]);
  });
});
