import type { TrainingInputIssue } from './findTrainingInputIssues';

/** Core cannot import the contract's error type; the service maps this to `invalid_input`. */
export class TrainingInputError extends Error {
  readonly issues: TrainingInputIssue[];

  constructor(issues: TrainingInputIssue[]) {
    const first = issues[0];
    const summary = first ? `${first.path}: ${first.message}` : 'invalid training input';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${summary}${more}`);
    this.name = 'TrainingInputError';
    this.issues = issues;
  }
}
