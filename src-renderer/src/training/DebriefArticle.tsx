import type { Debrief, DebriefClaim } from '../../../src-main/core/training/Debrief';
import { formatShare } from '../../../src-main/core/training/debriefText';
import { readableTextColour } from '../../../src-main/core/report/verdictColours';

/**
 * The article with the key's claims highlighted in their key verdict's colour; each claim's
 * badge shows its number and detection rate and links to its card.
 */
export function DebriefArticle({ debrief }: { debrief: Debrief }) {
  const byNumber = new Map(debrief.claims.map((claim) => [claim.number, claim]));
  return (
    <div className="debrief-text" dir="auto" lang={debrief.language || undefined}>
      {debrief.segments.map((segment) => {
        const text = debrief.text.slice(segment.start, segment.end);
        const covering = segment.claimNumbers
          .map((number) => byNumber.get(number))
          .filter((claim): claim is DebriefClaim => claim !== undefined);
        const innermost = covering[covering.length - 1];
        if (!innermost) return <span key={segment.start}>{text}</span>;
        return (
          <span key={segment.start}>
            {covering
              .filter((claim) => claim.start === segment.start)
              .map((claim) => (
                <a
                  key={claim.number}
                  className="debrief-ref"
                  href={`#debrief-claim-${claim.number}`}
                  style={{
                    background: claim.rating.colour,
                    color: readableTextColour(claim.rating.colour),
                  }}
                >
                  {claim.number} · {formatShare(claim.detectionRate)}
                </a>
              ))}
            <mark
              className="debrief-highlight"
              style={{
                background: `${innermost.rating.colour}38`,
                boxShadow: covering
                  .map((claim) => `0 ${Math.min(claim.lane, 2) * 4 + 3}px 0 ${claim.rating.colour}`)
                  .join(','),
              }}
            >
              {text}
            </mark>
          </span>
        );
      })}
    </div>
  );
}
