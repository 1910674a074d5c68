import { isCancelledError } from '@tanstack/react-query';
import type { ClaimOutline } from '../../../src-main/core/model';
import { contractQuery } from './contractQuery';
import { queryClient } from './queryClient';

/** A write can restart the read a few times over; more than this is not waiting but a loop. */
const MAX_RESTARTS = 5;

/**
 * The article's claim outlines, from the cache or read now; a read already on its way is waited
 * for, not repeated. A write made meanwhile restarts that read (see changeOutline), and then the
 * new read is waited for. Rejects with the reason when they cannot be read.
 */
export async function readClaimOutlines(articleId: number): Promise<ClaimOutline[]> {
  for (let restart = 0; ; restart++) {
    try {
      return await queryClient.fetchQuery(contractQuery('claims.outline', { articleId }));
    } catch (error) {
      if (!isCancelledError(error) || restart >= MAX_RESTARTS) throw error;
    }
  }
}
