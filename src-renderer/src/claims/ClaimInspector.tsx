import { useEffect, useRef } from 'react';
import type { Claim } from '../../../src-main/core/model';
import { CheckedBefore } from '../search/CheckedBefore';
import { SourcesSection } from '../sources/SourcesSection';
import { VerdictSection } from '../verdicts/VerdictSection';
import type { Workbench } from '../workbench/useWorkbench';
import { ClaimFields } from './ClaimFields';
import { ClaimHistory } from './ClaimHistory';
import { ClaimQuote } from './ClaimQuote';
import { MarkdownField } from './MarkdownField';
import './claims.css';

interface ClaimInspectorProps {
  claim: Claim;
  number: number;
  workbench: Workbench;
  /** True once, right after the claim was marked: the checker types the claimant next. */
  focusClaimant: boolean;
  onClaimantFocused(): void;
  onOpenFactCheck(id: number): void;
}

/** Everything recorded about one claim, in the order a check proceeds. */
export function ClaimInspector({
  claim,
  number,
  workbench,
  focusClaimant,
  onClaimantFocused,
  onOpenFactCheck,
}: ClaimInspectorProps) {
  const { actions, scales } = workbench;
  const claimantInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!focusClaimant) return;
    claimantInput.current?.focus();
    onClaimantFocused();
  }, [focusClaimant, onClaimantFocused]);

  return (
    <section className="inspector" aria-label="Claim inspector">
      <h3>Claim {number}</h3>
      <ClaimQuote claim={claim} />
      <ClaimFields claim={claim} workbench={workbench} claimantRef={claimantInput} />
      <CheckedBefore claim={claim} workbench={workbench} onOpenFactCheck={onOpenFactCheck} />
      <VerdictSection claim={claim} workbench={workbench} />
      <div className="inspector-section">
        <MarkdownField
          label="Notes"
          saved={claim.notes}
          onSave={(notes) => actions.updateClaim(claim.id, { notes })}
          onRefusedLink={(message) => actions.notify({ message, tone: 'error' })}
          rows={3}
          placeholder="Working notes: leads, calls made, what is still open."
        />
      </div>
      <SourcesSection claim={claim} workbench={workbench} />
      <ClaimHistory claim={claim} scales={scales} />
      <div className="inspector-actions">
        <button
          type="button"
          className="danger"
          onClick={() => void actions.deleteClaim(claim.id).catch(() => undefined)}
        >
          Delete claim
        </button>
      </div>
    </section>
  );
}
