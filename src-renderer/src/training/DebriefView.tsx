import type { Debrief } from '../../../src-main/core/training/Debrief';
import { alphaText, formatShare, meanOf } from '../../../src-main/core/training/debriefText';
import { DebriefArticle } from './DebriefArticle';
import { DebriefClaimCard } from './DebriefClaimCard';
import { TraineeScoreCard } from './TraineeScoreCard';

interface DebriefViewProps {
  debrief: Debrief;
  /** Projector mode: larger type and trainees shown as "Trainee A", "Trainee B", … */
  projector: boolean;
  onProjectorChange(projector: boolean): void;
  onExport(format: 'html' | 'csv' | 'pdf'): void;
}

/** The revealed key and the class's results, as the trainer walks the room through them. */
export function DebriefView({ debrief, projector, onProjectorChange, onExport }: DebriefViewProps) {
  const byNumber = new Map(debrief.claims.map((claim) => [claim.number, claim]));
  const { trainees } = debrief;
  return (
    <div
      className={projector ? 'debrief projector' : 'debrief'}
      data-testid="debrief"
      onKeyDown={(event) => {
        // Esc leaves the full-window projector view first; the panel closes on the next Esc.
        if (projector && event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onProjectorChange(false);
        }
      }}
    >
      <div className="debrief-toolbar">
        <label className="inline">
          <input
            type="checkbox"
            checked={projector}
            onChange={(event) => onProjectorChange(event.target.checked)}
          />
          Projector mode (anonymised)
          {projector && <span className="debrief-hint">Esc to leave</span>}
        </label>
        <span className="debrief-exports">
          Export:
          <button type="button" onClick={() => onExport('html')}>
            HTML
          </button>
          <button type="button" onClick={() => onExport('csv')}>
            CSV
          </button>
          <button type="button" onClick={() => onExport('pdf')}>
            PDF
          </button>
        </span>
      </div>

      <div className="debrief-headline">
        <div>
          <strong>{formatShare(meanOf(trainees.map((t) => t.lenient.recall)))}</strong>
          of key claims found, on average
        </div>
        <div>
          <strong>{formatShare(meanOf(trainees.map((t) => t.verdictAccuracy)))}</strong>
          of verdicts match the key
        </div>
        <div>
          <strong>{formatShare(meanOf(trainees.map((t) => t.sourceCoverage)))}</strong>
          of found claims cite an accepted source
        </div>
        <div>
          <strong>{alphaText(debrief.alpha)}</strong>
          agreement among trainees (α)
        </div>
      </div>

      <h3>Trainees</h3>
      <div className="score-cards">
        {trainees.map((trainee, index) => (
          <TraineeScoreCard key={index} trainee={trainee} keyClaims={debrief.claims.length} />
        ))}
      </div>

      <h3>The article and the key</h3>
      <DebriefArticle debrief={debrief} />

      <h3>Key claims, hardest first</h3>
      {debrief.hardestFirst.map((number) => {
        const claim = byNumber.get(number);
        return claim ? (
          <DebriefClaimCard key={number} claim={claim} classSize={trainees.length} />
        ) : null;
      })}
    </div>
  );
}
