import type { DebriefTrainee } from './Debrief';
import { formatDecimal, formatDuration, formatShare, kappaText } from './debriefText';

/** One line of a trainee's score card: label, value, and whether it deserves a warning. */
export type ScoreCardRow = [term: string, value: string, warn: boolean];

/** The score card's lines, the same in the app's debrief view and in the exported debrief. */
export function scoreCardRows(trainee: DebriefTrainee): ScoreCardRow[] {
  const found = trainee.correct + trainee.partial;
  const limit = trainee.timeLimitMinutes;
  const time =
    limit === null
      ? formatDuration(trainee.secondsTaken)
      : `${formatDuration(trainee.secondsTaken)} (limit ${limit})`;
  const overTime = limit !== null && trainee.secondsTaken > limit * 60;
  return [
    ['Exact boundaries', `${trainee.correct} of ${found}`, false],
    ['Extra marks (not in key)', String(trainee.spurious), false],
    [
      'Precision · recall (lenient)',
      `${formatShare(trainee.lenient.precision)} · ${formatShare(trainee.lenient.recall)}`,
      false,
    ],
    [
      'F1 strict · lenient',
      `${formatDecimal(trainee.strict.f1)} · ${formatDecimal(trainee.lenient.f1)}`,
      false,
    ],
    ['Verdicts matching key', formatShare(trainee.verdictAccuracy), false],
    ['Within one step', formatShare(trainee.offByOneRate), false],
    ['κ with the key', kappaText(trainee.kappa), false],
    ['Accepted source cited', formatShare(trainee.sourceCoverage), false],
    ['Disallowed sources cited', String(trainee.disallowedCited), trainee.disallowedCited > 0],
    ['Time taken', time, overTime],
  ];
}
