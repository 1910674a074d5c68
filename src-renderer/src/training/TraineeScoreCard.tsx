import type { DebriefTrainee } from '../../../src-main/core/training/Debrief';
import {
  formatDecimal,
  formatDuration,
  formatShare,
  kappaText,
} from '../../../src-main/core/training/debriefText';

interface TraineeScoreCardProps {
  trainee: DebriefTrainee;
  keyClaims: number;
}

/** One trainee's results, big enough to read on a projector. */
export function TraineeScoreCard({ trainee, keyClaims }: TraineeScoreCardProps) {
  const found = trainee.correct + trainee.partial;
  const limit = trainee.timeLimitMinutes;
  const overTime = limit !== null && trainee.secondsTaken > limit * 60;
  const rows: [string, string, boolean][] = [
    ['Exact boundaries', `${trainee.correct} of ${found}`, false],
    ['Extra marks (not in key)', String(trainee.spurious), false],
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
    [
      'Time taken',
      limit === null
        ? formatDuration(trainee.secondsTaken)
        : `${formatDuration(trainee.secondsTaken)} (limit ${limit})`,
      overTime,
    ],
  ];
  return (
    <article className="score-card" data-testid="score-card">
      <h4>{trainee.name}</h4>
      <p className="score-card-big">
        <strong>
          {found} of {keyClaims}
        </strong>{' '}
        key claims found
      </p>
      <div className="meter" aria-hidden="true">
        <span style={{ width: `${(trainee.lenient.recall ?? 0) * 100}%` }} />
      </div>
      <dl>
        {rows.map(([term, value, warn]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd className={warn ? 'warn' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
