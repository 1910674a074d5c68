import type { Workbench } from '../workbench/useWorkbench';
import { tallyFromClaims } from './verdictTally';

function saveStateText(saveState: Workbench['saveState']): string {
  if (saveState.kind === 'saving') return 'Saving…';
  if (saveState.kind === 'error') return `Not saved: ${saveState.message}`;
  return 'Saved';
}

/**
 * Save state, the open article's tally and the checker. It is not a live region: autosave
 * changes it on every pause in typing, and failures are announced by the error notices instead.
 */
interface StatusBarProps {
  workbench: Workbench;
  onOpenPreferences(): void;
}

export function StatusBar({ workbench, onOpenPreferences }: StatusBarProps) {
  const { saveState, claims, scales, activeScale, preferences, article } = workbench;
  const tally = tallyFromClaims(claims, scales, activeScale)
    .map((entry) => `${entry.count} ${entry.label.toLowerCase()}`)
    .join(', ');
  const noun = claims.length === 1 ? 'claim' : 'claims';
  return (
    <footer className="status-bar" role="status" aria-live="off" aria-label="Status">
      <span className={`save-state ${saveState.kind}`} data-testid="save-state">
        {saveStateText(saveState)}
      </span>
      {article && (
        <span data-testid="claim-tally">
          {claims.length} {noun}
          {tally ? `: ${tally}` : ''}
        </span>
      )}
      <button
        type="button"
        className="checker link-button"
        onClick={onOpenPreferences}
        title="Change in Preferences"
      >
        Checker: {preferences?.checkerName || 'not set'}
      </button>
    </footer>
  );
}
