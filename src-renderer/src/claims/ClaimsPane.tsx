import { useCallback, useMemo, useState } from 'react';
import type { ClaimStatus } from '../../../src-main/core/model';
import { claimStatuses } from '../../../src-main/core/model';
import { claimStyle } from '../editor/claimDecorations';
import type { Workbench } from '../workbench/useWorkbench';
import { ClaimInspector } from './ClaimInspector';
import { statusLabels } from './labels';
import { ReviewQueue } from '../review/ReviewQueue';

export function ClaimsPane({
  workbench,
  focusClaimantSignal,
  editorSelection,
  onOpenFactCheck,
}: {
  workbench: Workbench;
  focusClaimantSignal: number;
  onOpenFactCheck(id: number): void;
  editorSelection(): { start: number; end: number } | null;
}) {
  const { claims, scales, selectedClaimId, actions } = workbench;
  const [status, setStatus] = useState<ClaimStatus | ''>('');
  const [verdict, setVerdict] = useState('');
  const [assignee, setAssignee] = useState('');
  // The inspector remounts for every claim; this remembers which "focus the claimant" request it
  // has already served, so only a newly marked claim takes the focus, not one picked in the list.
  const [servedFocusSignal, setServedFocusSignal] = useState(0);
  const claimantFocused = useCallback(
    () => setServedFocusSignal(focusClaimantSignal),
    [focusClaimantSignal],
  );
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
  const visible = claims.filter(
    (c) =>
      (!status || c.status === status) &&
      (!verdict || (c.verdict?.ratingKey ?? 'unchecked') === verdict) &&
      (!assignee || c.assignee === assignee),
  );
  const selected = claims.find((c) => c.id === selectedClaimId) ?? null;
  const numberOf = new Map(claims.map((c, i) => [c.id, i + 1]));

  return (
    <aside className="claims-pane" aria-label="Claims">
      <div className="claims-head">
        <h2>
          Claims <span className="count">({claims.length})</span>
        </h2>
        <div className="filters">
          <select
            aria-label="Filter by status"
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
        </div>
      </div>
      <ReviewQueue workbench={workbench} editorSelection={editorSelection} />
      <ol className="claim-list" aria-label="Claims in text order">
        {visible.map((claim) => {
          const style = claimStyle(claim, scales);
          return (
            <li key={claim.id}>
              <button
                type="button"
                className={claim.id === selectedClaimId ? 'claim-item selected' : 'claim-item'}
                aria-pressed={claim.id === selectedClaimId}
                onClick={() => actions.selectClaim(claim.id)}
              >
                <span className="claim-number">{numberOf.get(claim.id)}</span>
                <span className="claim-quote">“{claim.exact}”</span>
                <span className="verdict-chip" style={{ borderColor: style.colour }}>
                  <span className="dot" style={{ background: style.colour }} />
                  {style.label}
                </span>
              </button>
            </li>
          );
        })}
        {claims.length === 0 && (
          <li className="hint">
            Select words in the article and press “Mark claim” (Ctrl+Shift+M).
          </li>
        )}
      </ol>
      {selected && (
        <ClaimInspector
          key={selected.id}
          claim={selected}
          number={numberOf.get(selected.id) ?? 0}
          workbench={workbench}
          focusClaimant={focusClaimantSignal > servedFocusSignal}
          onClaimantFocused={claimantFocused}
          onOpenFactCheck={onOpenFactCheck}
        />
      )}
    </aside>
  );
}
