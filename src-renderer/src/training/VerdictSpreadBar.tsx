import type { DebriefClaim } from '../../../src-main/core/training/Debrief';
import { readableTextColour } from '../../../src-main/core/report/verdictColours';

/** How the trainees who found a claim rated it, as one bar split by rating. */
export function VerdictSpreadBar({ claim }: { claim: DebriefClaim }) {
  const given = claim.spread.filter((entry) => entry.count > 0);
  if (given.length === 0) return <p className="training-hint">Nobody found this claim.</p>;
  return (
    <div>
      <div
        className="spread-bar"
        role="img"
        aria-label={given.map((e) => `${e.rating.label}: ${e.count}`).join(', ')}
      >
        {given.map((entry) => (
          <span
            key={entry.rating.key ?? 'none'}
            style={{
              flex: entry.count,
              background: entry.rating.colour,
              color: readableTextColour(entry.rating.colour),
            }}
          >
            {entry.count}
          </span>
        ))}
      </div>
      <p className="spread-legend">
        <span className="spread-caption">Verdicts given</span>
        {given.map((entry) => (
          <span key={entry.rating.key ?? 'none'}>
            <span className="swatch" style={{ background: entry.rating.colour }} />
            {entry.rating.label}: {entry.count}
          </span>
        ))}
      </p>
    </div>
  );
}
