import { useQueryClient } from '@tanstack/react-query';
import type { TrainingStatus } from '../../../src-main/contract/trainingMethods';
import { contractKey } from '../api/contractKey';
import { useContractQuery } from '../api/contractQuery';
import { errorMessage } from '../../../src-main/core/errorMessage';

/**
 * The article's training state (its key, or the attempt it is), shared by the exercise banner
 * and the training panel; `reload` reads it again after the key or an attempt changed.
 */
export function useTrainingStatus(articleId: number) {
  const cache = useQueryClient();
  const query = useContractQuery('training.status', { articleId });
  return {
    status: (query.data ?? null) as TrainingStatus | null,
    error: query.error ? errorMessage(query.error) : null,
    reload: () =>
      cache.invalidateQueries({ queryKey: contractKey('training.status', { articleId }) }),
  };
}
