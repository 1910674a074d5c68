import type { QueryClient } from '@tanstack/react-query';
import { compareTextOrder } from '../../../src-main/core/anchoring/compareTextOrder';
import { claimPlace } from '../../../src-main/core/claimOutline';
import type { Claim, ClaimOutline, ClaimPlace } from '../../../src-main/core/model';
import { contractKey } from './contractKey';

type OutlineChange = (list: ClaimOutline[]) => ClaimOutline[];

/**
 * Brings an article's cached claim outlines up to date after a write: `change` is applied to
 * them, or with 'read again' they are read from the service again. Outlines that are still being
 * read, or could not be read, are read again after the write in any case: the answer on its way may have been read
 * before the write and would hide it (an article opens on its claims' places while its outlines
 * are read, and a claim can be marked meanwhile).
 */
export function changeOutline(
  cache: QueryClient,
  articleId: number,
  change: OutlineChange | 'read again',
): void {
  const queryKey = contractKey('claims.outline', { articleId });
  if (change !== 'read again') {
    cache.setQueryData<ClaimOutline[]>(queryKey, (list) => list && change(list));
  }
  const state = cache.getQueryState(queryKey);
  // A read that failed is tried again too: the write may be what the checker does about it.
  const unread = state?.fetchStatus === 'fetching' || state?.status === 'error';
  if (change === 'read again' || unread) void readAgain(cache, queryKey);
}

/**
 * Puts a claim a write returned into the places its article opened on, or takes it out: while
 * the outlines are read, the highlights and the count come from those places.
 */
export function changePlace(
  cache: QueryClient,
  articleId: number,
  claim: Claim | null,
  id: number,
) {
  cache.setQueryData<ClaimPlace[]>(contractKey('claims.places', { articleId }), (list) => {
    if (!list) return list;
    const others = list.filter((place) => place.id !== id);
    return claim ? [...others, claimPlace(claim)].sort(compareTextOrder) : others;
  });
}

/** Takes a deleted claim out of every cached outline and place list that holds it. */
export function claimDeleted(cache: QueryClient, id: number): void {
  const without = <T extends { id: number }>(list: T[]) =>
    list.some((c) => c.id === id) ? list.filter((c) => c.id !== id) : list;
  for (const articleId of cachedArticles(cache, 'claims.outline')) {
    changeOutline(cache, articleId, without);
  }
  for (const articleId of cachedArticles(cache, 'claims.places')) {
    changePlace(cache, articleId, null, id);
  }
}

/** The articles whose answer to `method` is in the cache. */
function cachedArticles(cache: QueryClient, method: 'claims.outline' | 'claims.places'): number[] {
  return cache
    .getQueryCache()
    .findAll({ queryKey: [method] })
    .map((query) => (query.queryKey[1] as { articleId?: unknown } | undefined)?.articleId)
    .filter((articleId): articleId is number => typeof articleId === 'number');
}

/**
 * A read in flight is cancelled first: while nothing has been read yet, the cache would
 * otherwise hand the new read the answer already on its way.
 */
async function readAgain(cache: QueryClient, queryKey: readonly unknown[]): Promise<void> {
  await cache.cancelQueries({ queryKey, exact: true });
  await cache.invalidateQueries({ queryKey, exact: true });
}
