import { useEffect, useRef } from 'react';
import type { Claim } from '../../../src-main/core/model';
import { claimStatuses } from '../../../src-main/core/model';
import { useAutosaveField } from '../ui/useAutosaveField';
import type { Workbench } from '../workbench/useWorkbench';
import { statusLabels } from './labels';

interface ClaimInspectorProps {
  claim: Claim;
  number: number;
  workbench: Workbench;
  focusClaimantSignal: number;
}

export function ClaimInspector({ claim, number, workbench, focusClaimantSignal }: ClaimInspectorProps) {
  const { actions, activeScale } = workbench;
  const claimantInput = useRef<HTMLInputElement>(null);
  const claimant = useAutosaveField(claim.claimant, (value) =>
    void actions.updateClaim(claim.id, { claimant: value }).catch(() => undefined),
  );
  const conclusion = useAutosaveField(claim.verdict?.conclusion ?? '', (value) =>
    void actions
      .setVerdict(claim.id, claim.verdict?.ratingKey ?? null, value)
      .catch(() => undefined),
  );

  useEffect(() => {
    if (focusClaimantSignal > 0) claimantInput.current?.focus();
  }, [focusClaimantSignal]);

  return (
    <section className="inspector" aria-label={`Claim ${number}`}>
      <h3>Claim {number}</h3>
      <blockquote className="quote">“{claim.exact}”</blockquote>
      <label>
        Claimant
        <input ref={claimantInput} value={claimant.value} onChange={(e) => claimant.onChange(e.target.value)} onBlur={claimant.onBlur} />
      </label>
      <label>
        Status
        <select
          value={claim.status}
          onChange={(e) =>
            void actions.updateClaim(claim.id, { status: e.target.value as Claim['status'] }).catch(() => undefined)
          }
        >
          {claimStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
      </label>
      {activeScale && activeScale.ratings.length > 0 && (
        <label>
          Verdict
          <select
            value={claim.verdict?.ratingKey ?? ''}
            onChange={(e) =>
              void actions
                .setVerdict(claim.id, e.target.value || null, conclusion.value)
                .catch(() => undefined)
            }
          >
            <option value="">No rating yet</option>
            {activeScale.ratings.map((r) => (
              <option key={r.key} value={r.key}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Conclusion (Markdown)
        <textarea rows={5} value={conclusion.value} onChange={(e) => conclusion.onChange(e.target.value)} onBlur={conclusion.onBlur} />
      </label>
      <div className="inspector-actions">
        <button type="button" className="danger" onClick={() => void actions.deleteClaim(claim.id)}>
          Delete claim
        </button>
      </div>
    </section>
  );
}
