import { useEffect, useRef } from 'react';
import type { Claim, ListedClaim } from '../../../src-main/core/model';
import { CheckedBefore } from '../search/CheckedBefore';
import { SourcesSection } from '../sources/SourcesSection';
import { VerdictSection } from '../verdicts/VerdictSection';
import { deleteClaim, updateClaim } from '../workbench/claimActions';
import { uiActions, useUi } from '../workbench/uiStore';
import { useScales } from '../workbench/workbenchQueries';
import { ClaimFields } from './ClaimFields';
import { ClaimHistory } from './ClaimHistory';
import { ClaimQuote } from './ClaimQuote';
import { MarkdownField } from './MarkdownField';
import './claims.css';

interface ClaimInspectorProps {
  claim: Claim;
  number: number;
  /** All the article's claims, for the assignees already in use. */
  claims: readonly ListedClaim[];
}

/** Everything recorded about one claim, in the order a check proceeds. */
export function ClaimInspector({ claim, number, claims }: ClaimInspectorProps) {
  const scales = useScales();
  // Right after the claim was marked, the checker types its claimant next.
  const focusClaimant = useUi((ui) => ui.focusClaimant);
  const claimantInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!focusClaimant) return;
    claimantInput.current?.focus();
    uiActions.claimantFocused();
  }, [focusClaimant]);

  return (
    <section className="inspector" aria-label="Claim inspector">
      <h3>Claim {number}</h3>
      <ClaimQuote claim={claim} />
      <ClaimFields claim={claim} claims={claims} claimantRef={claimantInput} />
      <CheckedBefore claim={claim} />
      <VerdictSection claim={claim} />
      <div className="inspector-section">
        <MarkdownField
          label="Notes"
          saved={claim.notes}
          onSave={(notes) => updateClaim(claim.id, { notes })}
          onRefusedLink={(message) => uiActions.notify({ message, tone: 'error' })}
          rows={3}
          placeholder="Working notes: leads, calls made, what is still open."
        />
      </div>
      <SourcesSection claim={claim} />
      <ClaimHistory claim={claim} scales={scales} />
      <div className="inspector-actions">
        <button
          type="button"
          className="danger"
          onClick={() => void deleteClaim(claim.id).catch(() => undefined)}
        >
          Delete claim
        </button>
      </div>
    </section>
  );
}
