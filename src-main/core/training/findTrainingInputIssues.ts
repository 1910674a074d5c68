import type { AnswerKey, TraineeAttempt, TrainingScale } from './trainingInput';

export interface TrainingInputIssue {
  path: string;
  message: string;
}

interface AnchoredSpan {
  start: number;
  end: number;
  exact: string;
  ratingKey: string | null;
}

/**
 * The checks zod cannot make alone because they need the article text and the scale. An
 * `exact` that differs from the text at its offsets means the file was made against another
 * version of the article; scoring it by offsets would silently compare the wrong words.
 */
export function findTrainingInputIssues(
  key: AnswerKey,
  attempts: readonly TraineeAttempt[],
  text: string,
  scale: TrainingScale,
): TrainingInputIssue[] {
  const ratingKeys = new Set(scale.map((rating) => rating.key));
  const issues: TrainingInputIssue[] = [];

  const checkSpan = (span: AnchoredSpan, path: string): void => {
    if (span.end > text.length) {
      issues.push({ path, message: `ends at ${span.end}, past the text (length ${text.length})` });
    } else if (text.slice(span.start, span.end) !== span.exact) {
      issues.push({ path: `${path}.exact`, message: 'does not match the text at its offsets' });
    }
    if (span.ratingKey !== null && !ratingKeys.has(span.ratingKey)) {
      issues.push({
        path: `${path}.ratingKey`,
        message: `"${span.ratingKey}" is not on the scale`,
      });
    }
  };

  key.forEach((claim, index) => checkSpan(claim, `key[${index}]`));
  const seenTrainees = new Set<string>();
  attempts.forEach((attempt, attemptIndex) => {
    if (seenTrainees.has(attempt.trainee)) {
      issues.push({
        path: `attempts[${attemptIndex}].trainee`,
        message: `"${attempt.trainee}" has more than one attempt`,
      });
    }
    seenTrainees.add(attempt.trainee);
    attempt.claims.forEach((claim, claimIndex) =>
      checkSpan(claim, `attempts[${attemptIndex}].claims[${claimIndex}]`),
    );
  });
  return issues;
}
