import type { Claim, RatingScale } from '../../../src-main/core/model';
import { describeAuditEntry } from './describeAuditEntry';
import { formatDateTime } from './formatDateTime';
import { useClaimHistory } from './useClaimHistory';

/** Longer values are cut in the list; the whole value stays in the tooltip. */
const SHOWN_CHARACTERS = 80;

function Value({ text, className }: { text: string; className: string }) {
  const shown = text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}…` : text;
  return (
    <span className={className} title={shown === text ? undefined : text}>
      {shown}
    </span>
  );
}

/** Who changed what and when, newest first. */
export function ClaimHistory({ claim, scales }: { claim: Claim; scales: RatingScale[] }) {
  const history = useClaimHistory(claim.id);
  const count = history.kind === 'loaded' ? ` (${history.entries.length})` : '';
  return (
    <details className="inspector-section claim-history">
      <summary>
        <h4>History{count}</h4>
      </summary>
      {history.kind === 'loading' && <p className="hint">Loading…</p>}
      {history.kind === 'failed' && (
        <p className="hint error" role="alert">
          Could not load the history: {history.message}
        </p>
      )}
      {history.kind === 'loaded' && (
        <ol className="history-list" aria-label="Changes, newest first">
          {[...history.entries].reverse().map((entry) => {
            const { summary, changes } = describeAuditEntry(entry, scales);
            return (
              <li key={entry.id} className="history-entry">
                <div className="history-meta">
                  <span className="history-summary">{summary}</span>
                  <span>
                    {entry.actor} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </span>
                </div>
                {changes.length > 0 ? (
                  <ul className="history-changes">
                    {changes.map((change) => (
                      <li key={change.field}>
                        <span className="history-field">{change.field}:</span>{' '}
                        {change.before !== undefined && (
                          <>
                            <Value className="history-before" text={change.before} />{' '}
                            <span role="img" aria-label="changed to">
                              →
                            </span>{' '}
                          </>
                        )}
                        <Value className="history-after" text={change.after} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  entry.action === 'verdict' && <p className="hint">Saved again, unchanged.</p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
