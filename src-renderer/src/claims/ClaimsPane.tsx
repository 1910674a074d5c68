import { useMemo, useState } from 'react';
import type { ListedClaim, ClaimStatus } from '../../../src-main/core/model';
import { claimStatuses } from '../../../src-main/core/model';
import { claimStyle } from '../editor/claimDecorations';
import { useUi } from '../workbench/uiStore';
import { useContractQuery } from '../api/contractQuery';
import { useClaimOutlinesFailure, useClaimPlaces, useScales } from '../workbench/workbenchQueries';
import { useListedClaimOutlines } from '../workbench/useListedClaimOutlines';
import { ClaimInspector } from './ClaimInspector';
import { ClaimList } from './ClaimList';
import { statusLabels } from './labels';
import { ReviewQueue } from '../review/ReviewQueue';

const noClaims: readonly ListedClaim[] = [];

/** The open article's claims: filters, the review queue, the list and the selected claim. */
export function ClaimsPane() {
  // While the outlines are read, the count is the highlights'.
  const count = useClaimPlaces().length;
  // The list, its filters and the review queue follow a frame after the text's highlights.
  const listed = useListedClaimOutlines();
  const claims = listed ?? noClaims;
  const reading = listed === null;
  const failure = useClaimOutlinesFailure();
  const scales = useScales();
  const selectedClaimId = useUi((ui) => ui.selectedClaimId);
  const [status, setStatus] = useState<ClaimStatus | ''>('');
  const [verdict, setVerdict] = useState('');
  const [assignee, setAssignee] = useState('');
  const assignees = useMemo(
    () => [...new Set(claims.map((c) => c.assignee).filter(Boolean))].sort(),
    [claims],
  );
  const verdictOptions = useMemo(() => {
    const keys = new Map<string, string>();
    for (const claim of claims) {
      const style = claimStyle(claim, scales);
      keys.set(claim.verdict?.ratingKey ?? 'unchecked', style.label);
    }
    return [...keys.entries()];
  }, [claims, scales]);
  const filtered = status !== '' || verdict !== '' || assignee !== '';
  const visible = useMemo(
    () =>
      status || verdict || assignee
        ? claims.filter(
            (c) =>
              (!status || c.status === status) &&
              (!verdict || (c.verdict?.ratingKey ?? 'unchecked') === verdict) &&
              (!assignee || c.assignee === assignee),
          )
        : claims,
    [claims, status, verdict, assignee],
  );
  const numberOf = useMemo(() => new Map(claims.map((c) => [c.id, c.number])), [claims]);
  // The list shows outlines; the selected claim is read in full.
  const selected =
    useContractQuery('claims.get', selectedClaimId === null ? null : { id: selectedClaimId })
      .data ?? null;

  return (
    <aside className="claims-pane" id="claims-pane" aria-label="Claims">
      <div className="claims-head">
        <h2>
          Claims{' '}
          {!failure && (
            <span className="count">
              ({filtered && !reading ? `${visible.length} of ${count}` : count})
            </span>
          )}
        </h2>
        <div className="filters">
          <select
            aria-label="Filter by status"
            disabled={reading}
            value={status}
            onChange={(e) => setStatus(e.target.value as ClaimStatus | '')}
          >
            <option value="">Any status</option>
            {claimStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
          <select
            aria-label="Filter by verdict"
            disabled={reading}
            value={verdict}
            onChange={(e) => setVerdict(e.target.value)}
          >
            <option value="">Any verdict</option>
            {verdictOptions.map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
          <select
            aria-label="Filter by assignee"
            disabled={reading}
            value={assignee}
            onChange={(e) => setAssignee(e.target.value)}
          >
            <option value="">Anyone</option>
            {assignees.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
          {filtered && (
            <button
              type="button"
              className="quiet"
              onClick={() => {
                setStatus('');
                setVerdict('');
                setAssignee('');
              }}
            >
              Clear filters
            </button>
          )}
        </div>
      </div>
      {failure ? (
        <div className="claims-reading" role="alert">
          <p>
            The claims could not be read, so none are highlighted and the text cannot be edited:{' '}
            {failure.message}
          </p>
          <button type="button" onClick={failure.retry}>
            Try again
          </button>
        </div>
      ) : reading ? (
        <p className="claims-reading" role="status">
          Reading the claims…
        </p>
      ) : (
        <>
          <ReviewQueue claims={claims} numberOf={numberOf} />
          <ClaimList
            claims={visible}
            numberOf={numberOf}
            scales={scales}
            selectedClaimId={selectedClaimId}
            empty={claims.length === 0}
          />
        </>
      )}
      {selected && selected.id === selectedClaimId && (
        <ClaimInspector
          key={selected.id}
          claim={selected}
          number={selected.number}
          claims={claims}
        />
      )}
    </aside>
  );
}
