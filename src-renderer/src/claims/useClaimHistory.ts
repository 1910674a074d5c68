import type { ClaimAuditEntry } from '../../../src-main/core/auditActions';
import { useContractQuery } from '../api/contractQuery';
import { errorMessage } from '../../../src-main/core/errorMessage';

export type ClaimHistoryState =
  | { kind: 'loading' }
  | { kind: 'loaded'; entries: ClaimAuditEntry[] }
  | { kind: 'failed'; message: string };

/**
 * The claim's audit trail. Every change made to the claim here invalidates it (cacheAfterWrite),
 * so it never lags behind what the inspector shows; typing in the text does not reload it.
 */
export function useClaimHistory(claimId: number): ClaimHistoryState {
  const history = useContractQuery('claims.history', { id: claimId });
  if (history.data) return { kind: 'loaded', entries: history.data };
  if (history.error) return { kind: 'failed', message: errorMessage(history.error) };
  return { kind: 'loading' };
}
