import type { Claim } from '../../../src-main/core/model';
import { verdictNeedsConfirming } from '../../../src-main/core/verdictNeedsConfirming';
import { useVerdictStanding } from './useVerdictStanding';

interface VerdictFlagsProps {
  claim: Claim;
}

/** The two ways a verdict can stand on something other than what the claim shows now. */
export function verdictFlagLabels(claim: Claim): string[] {
  if (!verdictNeedsConfirming(claim)) return [];
  const labels: string[] = [];
  if (claim.textChangedSinceVerdict) labels.push('Verdict given on other text');
  if (claim.movedSinceVerdict) labels.push('Verdict given in another place');
  return labels;
}

/**
 * Says when the verdict was given on other words or in another place of the article, and lets
 * the checker confirm it once they have re-read the claim where it is now, or reopen the claim
 * to check it again.
 */
export function VerdictFlags({ claim }: VerdictFlagsProps) {
  const { error, confirm, reopen } = useVerdictStanding(claim.id);
  const labels = verdictFlagLabels(claim);
  if (labels.length === 0 || !claim.verdict) return null;
  const orphaned = claim.anchorState === 'orphaned';
  return (
    <div className="verdict-flags" role="group" aria-label="Verdict not confirmed">
      <ul className="claim-flags">
        {labels.map((label) => (
          <li key={label} className="flag flag-changed">
            {label}
          </li>
        ))}
      </ul>
      <p className="hint">
        {claim.textChangedSinceVerdict
          ? `This verdict judged the claim’s words as they were in version ${claim.verdict.articleVersion}; they have changed since.`
          : `This verdict was given where these words stood in version ${claim.verdict.articleVersion}; a new version has them in another place.`}{' '}
        {orphaned
          ? 'Attach the claim to its words first, then confirm the verdict.'
          : 'Re-read the claim where it is now; if the verdict still holds, confirm it.'}
      </p>
      <div className="verdict-flag-actions">
        <button type="button" disabled={orphaned} onClick={() => void confirm()}>
          Confirm verdict
        </button>
        <button
          type="button"
          disabled={claim.status === 'in_progress'}
          onClick={() => void reopen()}
        >
          {claim.status === 'in_progress' ? 'Reopened' : 'Reopen claim'}
        </button>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
