import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Article, ArticleSummary, Claim, Preferences } from '../../../src-main/core/model';
import { cacheAfterWrite } from '../../../src-renderer/src/api/cacheAfterWrite';
import { contractKey } from '../../../src-renderer/src/api/contractKey';

const claim = (id: number, start: number, end: number, patch: Partial<Claim> = {}) =>
  ({
    id,
    articleId: 1,
    start,
    end,
    exact: `claim ${id}`,
    verdict: null,
    sources: [],
    ...patch,
  }) as Claim;

/** A cache as the workbench has it with article 1 open, each read marked fresh. */
function openWorkbenchCache() {
  const cache = new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } },
  });
  const claims = [claim(1, 0, 5), claim(2, 10, 15), claim(3, 20, 25)];
  cache.setQueryData(contractKey('claims.list', { articleId: 1 }), claims);
  cache.setQueryData(contractKey('claims.list', { articleId: 2 }), [
    claim(9, 0, 1, { articleId: 2 }),
  ]);
  cache.setQueryData(contractKey('articles.get', { id: 1 }), {
    id: 1,
    title: 'Budget',
    text: 'old',
    sha256: 'a',
  } as Article);
  cache.setQueryData(contractKey('articles.list', {}), [] as ArticleSummary[]);
  cache.setQueryData(contractKey('articles.list', { query: 'bud' }), [] as ArticleSummary[]);
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

const list = (cache: QueryClient, articleId = 1) =>
  cache.getQueryData<Claim[]>(contractKey('claims.list', { articleId }));

describe('cacheAfterWrite', () => {
  it('a verdict replaces its claim in place, and invalidates that claim’s history and the library only', () => {
    const { cache, claims } = openWorkbenchCache();
    const rated = claim(2, 10, 15, { verdict: { ratingKey: 'false' } as Claim['verdict'] });
    cacheAfterWrite(
      cache,
      'verdicts.set',
      { claimId: 2, ratingKey: 'false', conclusion: '' },
      rated,
    );
    expect(list(cache)).toEqual([claims[0], rated, claims[2]]);
    // The others keep their identity, so their rows and highlights are not touched.
    expect(list(cache)?.[0]).toBe(claims[0]);
    expect(invalidated(cache)).toEqual([
      '["articles.list",{"query":"bud"}]',
      '["articles.list",{}]',
      '["claims.history",{"id":2}]',
    ]);
  });

  it('editing a claim’s fields leaves the library alone', () => {
    const { cache } = openWorkbenchCache();
    cacheAfterWrite(
      cache,
      'claims.update',
      { id: 3, patch: { claimant: 'Mayor' } },
      claim(3, 20, 25, { claimant: 'Mayor' }),
    );
    expect(list(cache)?.[2]?.claimant).toBe('Mayor');
    expect(invalidated(cache)).toEqual(['["claims.history",{"id":3}]']);
  });

  it('a new claim goes into its article’s list in text order', () => {
    const { cache } = openWorkbenchCache();
    const created = claim(4, 10, 30);
    cacheAfterWrite(cache, 'claims.create', { articleId: 1, start: 10, end: 30 }, created);
    expect(list(cache)?.map((c) => c.id)).toEqual([1, 4, 2, 3]);
    expect(list(cache, 2)?.map((c) => c.id)).toEqual([9]);
  });

  it('a reattached claim moves to its new place in the list', () => {
    const { cache } = openWorkbenchCache();
    cacheAfterWrite(cache, 'claims.reattach', { id: 1, start: 30, end: 35 }, claim(1, 30, 35));
    expect(list(cache)?.map((c) => c.id)).toEqual([2, 3, 1]);
    expect(invalidated(cache)).toEqual(['["claims.history",{"id":1}]']);
  });

  it('a deleted claim leaves its list and the library counts are read again', () => {
    const { cache } = openWorkbenchCache();
    cacheAfterWrite(cache, 'claims.delete', { id: 2 }, { id: 2 });
    expect(list(cache)?.map((c) => c.id)).toEqual([1, 3]);
    expect(invalidated(cache)).toEqual([
      '["articles.list",{"query":"bud"}]',
      '["articles.list",{}]',
    ]);
  });

  it('a text save stores what the service returned and reloads nothing the checker sees', () => {
    const { cache, claims } = openWorkbenchCache();
    const moved = [claims[0], claim(2, 11, 16), claims[2]] as Claim[];
    const article = { id: 1, title: 'Budget', text: 'new', sha256: 'b' } as Article;
    cacheAfterWrite(
      cache,
      'articles.saveText',
      { id: 1, baseSha256: 'a'.repeat(64), text: 'new', spans: [] },
      { article, claims: moved },
    );
    expect(cache.getQueryData(contractKey('articles.get', { id: 1 }))).toEqual(article);
    expect(list(cache)).toEqual(moved);
    // Marked out of date, so read again when next shown; but nothing is fetched now.
    expect(
      cache
        .getQueryCache()
        .getAll()
        .filter((query) => query.state.fetchStatus === 'fetching')
        .map((query) => query.queryKey[0]),
    ).toEqual([]);
    expect(invalidated(cache)).toContain('["claims.history",{"id":2}]');
    expect(invalidated(cache)).toContain('["claims.candidates",{"id":2,"limit":3}]');
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
    cache.setQueryData(contractKey('claims.list', { articleId: 1 }), [claim(1, 0, 5), citing]);
    const archived = { ...source, archive: { sha256: 'f'.repeat(64) } } as typeof source;
    cacheAfterWrite(
      cache,
      'sources.archive',
      { sourceId: 5, fileName: 'a.html', dataBase64: '' },
      archived,
    );
    expect(list(cache)?.[1]?.sources[0]?.source).toEqual(archived);
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
