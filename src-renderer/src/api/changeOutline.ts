import type { QueryClient } from '@tanstack/react-query';
import type { ClaimOutline } from '../../../src-main/core/model';
import { contractKey } from './contractKey';

type OutlineChange = (list: ClaimOutline[]) => ClaimOutline[];

/**
 * Brings an article's cached claim outlines up to date after a write: `change` is applied to
 * them, or with 'read again' they are read from the service again. Outlines that are still being
 * read are read again after the write in any case: the answer on its way may have been read
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
  const reading = cache.getQueryState(queryKey)?.fetchStatus === 'fetching';
  if (change === 'read again' || reading) void readAgain(cache, queryKey);
}

/** Applies `change` to every article's cached outlines (a write that names only a claim). */
export function changeEveryOutline(cache: QueryClient, change: OutlineChange): void {
  for (const query of cache.getQueryCache().findAll({ queryKey: ['claims.outline'] })) {
    const [, input] = query.queryKey as [string, { articleId?: unknown }];
    if (typeof input.articleId === 'number') changeOutline(cache, input.articleId, change);
  }
}

/**
 * A read in flight is cancelled first: while nothing has been read yet, the cache would
 * otherwise hand the new read the answer already on its way.
 */
async function readAgain(cache: QueryClient, queryKey: readonly unknown[]): Promise<void> {
  await cache.cancelQueries({ queryKey, exact: true });
  await cache.invalidateQueries({ queryKey, exact: true });
}
