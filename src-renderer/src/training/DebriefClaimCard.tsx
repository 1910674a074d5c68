import type { DebriefClaim } from '../../../src-main/core/training/Debrief';
import { formatShare, tierName } from '../../../src-main/core/training/debriefText';
import { readableTextColour } from '../../../src-main/core/report/verdictColours';
import { VerdictSpreadBar } from './VerdictSpreadBar';

interface DebriefClaimCardProps {
  claim: DebriefClaim;
  classSize: number;
}

/** A key claim as revealed: the key's verdict and reasoning, and how the class did on it. */
export function DebriefClaimCard({ claim, classSize }: DebriefClaimCardProps) {
  return (
    <article
      className="debrief-claim"
      id={`debrief-claim-${claim.number}`}
      style={{ borderLeftColor: claim.rating.colour }}
      data-testid="debrief-claim"
    >
      <header>
        <span className="debrief-claim-number">Claim {claim.number}</span>
        <span
          className="debrief-badge"
          style={{
            background: claim.rating.colour,
            color: readableTextColour(claim.rating.colour),
          }}
        >
          Key: {claim.rating.label}
        </span>
        <span className="debrief-found">
          Found by {claim.foundBy} of {classSize} · {formatShare(claim.detectionRate)}
        </span>
      </header>
      <blockquote dir="auto">{claim.exact}</blockquote>
      <div
        className="meter found"
        aria-label={`Detection rate ${formatShare(claim.detectionRate)}`}
      >
        <span style={{ width: `${(claim.detectionRate ?? 0) * 100}%` }} />
      </div>
      <VerdictSpreadBar claim={claim} />
      {claim.agreement !== null && (
        <p>
          <strong>{formatShare(claim.agreement)}</strong> of those who found it agreed with the key.
        </p>
      )}
      {claim.reasoning.trim() !== '' && <p className="debrief-reasoning">{claim.reasoning}</p>}
      {claim.sources.length > 0 && (
        <ul className="debrief-sources">
          {[...claim.sources]
            .sort((a, b) => b.tier - a.tier)
            .map((source) => (
              <li key={source.url}>
                <span className={`tier tier-${source.tier}`}>{tierName(source.tier)}</span>{' '}
                {source.url}
              </li>
            ))}
        </ul>
      )}
    </article>
  );
}
