import type { Workbench } from '../workbench/useWorkbench';

export function StatusBar({ workbench }: { workbench: Workbench }) {
  const { saveState, claims, preferences } = workbench;
  const unchecked = claims.filter((c) => !c.verdict).length;
  const saved =
    saveState.kind === 'saving'
      ? 'Saving…'
      : saveState.kind === 'error'
        ? `Not saved: ${saveState.message}`
        : 'Saved';
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span className={`save-state ${saveState.kind}`} data-testid="save-state">
        {saved}
      </span>
      <span>
        {claims.length} claims{claims.length > 0 ? `, ${unchecked} unchecked` : ''}
      </span>
      <span>checker: {preferences?.checkerName || 'not set (Preferences)'}</span>
    </footer>
  );
}
