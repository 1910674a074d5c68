import { useVerdictStanding } from '../verdicts/useVerdictStanding';
import { useClaimOutlines } from '../workbench/workbenchQueries';

interface VerdictFindingActionsProps {
  claimId: number;
  /** Runs after the verdict was confirmed or the claim reopened, to check the report again. */
  onDone(): void;
}

/**
 * Beside a transparency finding whose verdict waits to be confirmed: the same Confirm verdict
 * and Reopen claim as the inspector's verdict flag, so the checker who has re-read the claim
 * need not leave the export to clear it.
 */
export function VerdictFindingActions({ claimId, onDone }: VerdictFindingActionsProps) {
  const { error, confirm, reopen } = useVerdictStanding(claimId, onDone);
  const claim = useClaimOutlines().find((outline) => outline.id === claimId);
  const orphaned = claim?.anchorState === 'orphaned';
  const reopened = claim?.status === 'in_progress';
  return (
    <span className="finding-actions" role="group" aria-label="Verdict not confirmed">
      <button
        type="button"
        className="quiet"
        disabled={orphaned}
        title={orphaned ? 'Attach the claim to its words first, then confirm the verdict.' : ''}
        onClick={() => void confirm()}
      >
        Confirm verdict
      </button>
      <button type="button" className="quiet" disabled={reopened} onClick={() => void reopen()}>
        {reopened ? 'Reopened' : 'Reopen claim'}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </span>
  );
}
