import type { DebriefTrainee } from '../../../src-main/core/training/Debrief';
import { scoreCardRows } from '../../../src-main/core/training/scoreCardRows';

interface TraineeScoreCardProps {
  trainee: DebriefTrainee;
  keyClaims: number;
}

/** One trainee's results, big enough to read on a projector. */
export function TraineeScoreCard({ trainee, keyClaims }: TraineeScoreCardProps) {
  const found = trainee.correct + trainee.partial;
  const rows = scoreCardRows(trainee);
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
