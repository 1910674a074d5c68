import { useCallback, useEffect, useState } from 'react';
import type { TrainingStatus } from '../../../src-main/contract/trainingMethods';
import { call } from '../api/client';

/** The article's training state (its key, or the attempt it is), reloaded with the article. */
export function useTrainingStatus(articleId: number) {
  const [status, setStatus] = useState<TrainingStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setStatus(await call('training.status', { articleId }));
      setError(null);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }, [articleId]);

  useEffect(() => {
    let current = true;
    call('training.status', { articleId })
      .then((loaded) => {
        if (current) setStatus(loaded);
      })
      .catch((failure: unknown) => {
        if (current) setError((failure as Error).message);
      });
    return () => {
      current = false;
    };
  }, [articleId]);

  return { status, error, reload };
}
