import type { TallyEntry } from '../ui/verdictTally';
import { describeTally } from '../ui/verdictTally';

/** Coloured dots with counts; read out as "2 False, 1 Unchecked". */
export function VerdictTally({ entries }: { entries: TallyEntry[] }) {
  if (entries.length === 0) {
    return <span className="verdict-tally empty">No claims</span>;
  }
  return (
    <span className="verdict-tally" role="img" aria-label={describeTally(entries)}>
      {entries.map((entry) => (
        <span key={entry.label} className="count-dot" title={`${entry.count} ${entry.label}`}>
          <span className="dot" style={{ background: entry.colour }} />
          {entry.count}
        </span>
      ))}
    </span>
  );
}
