import { useEffect, useState } from 'react';
import type { ClaimAuditEntry } from '../../../src-main/core/auditActions';
import type { Claim } from '../../../src-main/core/model';
import { call } from '../api/client';
import { errorMessage } from '../../../src-main/core/errorMessage';

export type ClaimHistoryState =
  | { kind: 'loading' }
  | { kind: 'loaded'; entries: ClaimAuditEntry[] }
  | { kind: 'failed'; message: string };

/**
 * The claim's audit trail, fetched again whenever the claim changes: every save hands the
 * workbench a new claim object, so the trail never lags behind what the inspector shows.
 */
export function useClaimHistory(claim: Claim): ClaimHistoryState {
  const [state, setState] = useState<ClaimHistoryState>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    call('claims.history', { id: claim.id }).then(
      (entries) => {
        if (current) setState({ kind: 'loaded', entries });
      },
      (error: unknown) => {
        if (current) {
          setState({
            kind: 'failed',
            message: errorMessage(error),
          });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [claim]);
  return state;
}
