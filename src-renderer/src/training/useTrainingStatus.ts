import { useCallback, useEffect, useState } from 'react';
import type { TrainingStatus } from '../../../src-main/contract/trainingMethods';
import { call } from '../api/client';
import { errorMessage } from '../../../src-main/core/errorMessage';

/** The article's training state (its key, or the attempt it is), reloaded with the article. */
export function useTrainingStatus(articleId: number) {
  const [status, setStatus] = useState<TrainingStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setStatus(await call('training.status', { articleId }));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, [articleId]);

  useEffect(() => {
    let current = true;
    call('training.status', { articleId })
      .then((loaded) => {
        if (current) setStatus(loaded);
      })
      .catch((failure: unknown) => {
        if (current) setError(errorMessage(failure));
      });
    return () => {
      current = false;
    };
  }, [articleId]);

  return { status, error, reload };
}
