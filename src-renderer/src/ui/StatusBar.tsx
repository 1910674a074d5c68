import { useMemo } from 'react';
import { useAfterPaint } from './useAfterPaint';
import type { SaveState } from '../workbench/uiStore';
import { uiActions, useUi } from '../workbench/uiStore';
import {
  useActiveScale,
  useClaimOutlines,
  useOpenArticle,
  usePreferences,
  useScales,
} from '../workbench/workbenchQueries';
import { tallyFromClaims } from './verdictTally';
import { needsReview } from '../../../src-main/core/needsReview';
import { commandRegistry } from '../commands/commandRegistry';

function saveStateText(saveState: SaveState): string {
  if (saveState.kind === 'saving') return 'Saving…';
  if (saveState.kind === 'error') return `Not saved: ${saveState.message}`;
  return 'Saved';
}

/**
 * Save state, the open article's tally and the checker. It is not a live region: autosave
 * changes it on every pause in typing, and failures are announced by the error notices instead.
 */
export function StatusBar() {
  const saveState = useUi((ui) => ui.saveState);
  const claims = useAfterPaint(useClaimOutlines());
  const scales = useScales();
  const activeScale = useActiveScale();
  const preferences = usePreferences();
  const article = useOpenArticle();
  const tally = useMemo(
    () =>
      tallyFromClaims(claims, scales, activeScale)
        .map((entry) => `${entry.count} ${entry.label.toLowerCase()}`)
        .join(', '),
    [claims, scales, activeScale],
  );
  const noun = claims.length === 1 ? 'claim' : 'claims';
  const reviewCount = useMemo(() => claims.filter(needsReview).length, [claims]);
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
      {article && reviewCount > 0 && (
        <button
          type="button"
          className="review-count link-button"
          data-testid="review-count"
          title="Go to the next claim needing review (Alt+F8)"
          onClick={() => commandRegistry.run('claim.nextReview')}
        >
          {reviewCount} need{reviewCount === 1 ? 's' : ''} review
        </button>
      )}
      <button
        type="button"
        className="checker link-button"
        onClick={() => uiActions.showPanel('preferences')}
        title="Change in Preferences"
      >
        Checker: {preferences?.checkerName || 'not set'}
      </button>
    </footer>
  );
}
