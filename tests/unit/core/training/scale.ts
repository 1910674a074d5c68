import type { TrainingScale } from '../../../../src-main/core/training/trainingInput';
import type { VerdictPair } from '../../../../src-main/core/training/verdictPair';

/** Three ordinal steps and one nominal rating, shared by the verdict tests. */
export const threeStepScale: TrainingScale = [
  { key: 'false', value: 1 },
  { key: 'mixed', value: 2 },
  { key: 'true', value: 3 },
  { key: 'unproven', value: null },
];

/** `count` copies of one (key rating, trainee rating) pair. */
export function repeat(
  count: number,
  keyRating: string | null,
  traineeRating: string | null,
): VerdictPair[] {
  return Array.from({ length: count }, () => ({ keyRating, traineeRating }));
}
