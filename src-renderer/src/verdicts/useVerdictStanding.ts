import { useState } from 'react';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { write } from '../workbench/write';

/**
 * The two answers to a verdict that waits to be confirmed (verdictNeedsConfirming): confirm it
 * (`verdicts.confirm`), or reopen the claim to check it again, which keeps the verdict and its
 * flag. A refusal is kept in `error`, to be shown beside the buttons; `onDone` runs after a
 * change was saved.
 */
export function useVerdictStanding(claimId: number, onDone?: () => void) {
  const [error, setError] = useState<string | null>(null);
  const run = async (change: () => Promise<unknown>) => {
    setError(null);
    try {
      await change();
      onDone?.();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return {
    error,
    confirm: () => run(() => write('verdicts.confirm', { claimId }, { inlineErrors: true })),
    reopen: () =>
      run(() =>
        write(
          'claims.update',
          { id: claimId, patch: { status: 'in_progress' } },
          { inlineErrors: true },
        ),
      ),
  };
}
