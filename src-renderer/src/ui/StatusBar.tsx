import { useMemo, useSyncExternalStore } from 'react';
import type { ListedClaim } from '../../../src-main/core/model';
import type { SaveState } from '../workbench/uiStore';
import { uiActions, useUi } from '../workbench/uiStore';
import {
  useActiveScale,
  useClaimOutlinesFailure,
  useOpenArticle,
  usePreferences,
  useScales,
} from '../workbench/workbenchQueries';
import { useListedClaimOutlines } from '../workbench/useListedClaimOutlines';
import { tallyFromClaims } from './verdictTally';
import { needsReview } from '../../../src-main/core/needsReview';
import { commandRegistry } from '../commands/commandRegistry';
import { textSaves } from '../workbench/textSaves';
import type { UnsavedReason } from '../workbench/TextSaveQueue';

/**
 * What the status bar says about saving. Text edits still waiting for their save count as
 * "Saving…": the bar never says "Saved" while the text on screen is not what is stored.
 */
function saveStateText(saveState: SaveState, text: UnsavedReason | null): string {
  if (text === 'conflict') {
    return 'Not saved: the article changed elsewhere. Open it again to see the latest text.';
  }
  if (saveState.kind === 'error') return `Not saved: ${saveState.message}`;
  if (saveState.kind === 'saving' || text === 'pending') return 'Saving…';
  return 'Saved';
}

function subscribeToTextSaves(listener: () => void): () => void {
  const remove = textSaves.subscribe(listener);
  return () => void remove();
}

/** Whether the open article's text on screen is waiting for a save, or cannot be saved. */
function useUnsavedText(articleId: number | null): UnsavedReason | null {
  return useSyncExternalStore(subscribeToTextSaves, () =>
    articleId === null ? null : textSaves.unsaved(articleId),
  );
}

const noClaims: readonly ListedClaim[] = [];

/**
 * Save state, the open article's tally and the checker. It is not a live region: autosave
 * changes it on every pause in typing, and failures are announced by the error notices instead.
 */
export function StatusBar() {
  const saveState = useUi((ui) => ui.saveState);
  const listed = useListedClaimOutlines();
  const failure = useClaimOutlinesFailure();
  const claims = listed ?? noClaims;
  const scales = useScales();
  const activeScale = useActiveScale();
  const preferences = usePreferences();
  const article = useOpenArticle();
  const unsavedText = useUnsavedText(article?.id ?? null);
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
      <span
        className={`save-state ${unsavedText === 'conflict' ? 'error' : saveState.kind}`}
        data-testid="save-state"
      >
        {saveStateText(saveState, unsavedText)}
      </span>
      {article && (
        <span data-testid="claim-tally">
          {listed === null ? (
            failure ? (
              'The claims could not be read'
            ) : (
              'Reading the claims…'
            )
          ) : (
            <>
              {claims.length} {noun}
              {tally ? `: ${tally}` : ''}
            </>
          )}
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
