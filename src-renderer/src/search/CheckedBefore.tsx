import { useEffect, useState } from 'react';
import type { Claim } from '../../../src-main/core/model';
import type { SimilarCheck } from '../../../src-main/core/search/SearchResult';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { call } from '../api/client';
import type { Workbench } from '../workbench/useWorkbench';
import './search.css';

type Matches =
  | { kind: 'loading' }
  | { kind: 'found'; checks: SimilarCheck[] }
  | { kind: 'failed'; message: string };

/** The matches of one claim as it was asked about: its id, quote and number of sources. */
type Answer = { asked: string; matches: Matches };

interface CheckedBeforeProps {
  claim: Claim;
  workbench: Workbench;
  onOpenFactCheck(id: number): void;
}

const describe = (check: SimilarCheck) =>
  [
    check.kind === 'factcheck'
      ? `Reviewed by ${check.checkedBy || 'an unnamed organisation'}`
      : `Checked by ${check.checkedBy || 'this desk'}`,
    check.date,
  ]
    .filter(Boolean)
    .join(' · ');

/**
 * "Checked before?": the earlier checks of this desk and the imported fact checks most like
 * the claim, each with its verdict, who checked it and when, and what differs. Suggestions
 * only: nothing is cited unless the checker presses "Cite as source".
 */
export function CheckedBefore({ claim, workbench, onOpenFactCheck }: CheckedBeforeProps) {
  const { actions } = workbench;
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [citing, setCiting] = useState<string | null>(null);
  const headingId = `checked-before-${claim.id}`;
  // The claim's sources change what is marked as cited; its quote changes the matches.
  const asked = JSON.stringify([claim.id, claim.exact, claim.sources.length]);
  const matches: Matches = answer?.asked === asked ? answer.matches : { kind: 'loading' };

  useEffect(() => {
    let current = true;
    const [claimId] = JSON.parse(asked) as [number];
    call('claims.similar', { claimId }).then(
      ({ results }) => {
        if (current) setAnswer({ asked, matches: { kind: 'found', checks: results } });
      },
      (error: unknown) => {
        if (current) {
          setAnswer({ asked, matches: { kind: 'failed', message: errorMessage(error) } });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [asked]);

  const cite = async (check: SimilarCheck) => {
    setCiting(`${check.kind}-${check.id}`);
    try {
      const updated = await actions.run('claims.citeCheck', {
        claimId: claim.id,
        check: { kind: check.kind, id: check.id },
      });
      actions.replaceClaim(updated);
      actions.notify({ message: 'Cited the earlier check as a context source.', tone: 'info' });
    } catch {
      // run() has already said what went wrong.
    } finally {
      setCiting(null);
    }
  };

  const openCheck = (check: SimilarCheck) => {
    if (check.kind === 'factcheck') onOpenFactCheck(check.id);
    else if (check.articleId !== null) {
      actions
        .openClaim(check.articleId, check.id)
        .catch((error: unknown) =>
          actions.notify({ message: `Could not open it: ${errorMessage(error)}`, tone: 'error' }),
        );
    }
  };

  return (
    <section className="inspector-section checked-before" aria-labelledby={headingId}>
      <h4 id={headingId}>Checked before?</h4>
      {matches.kind === 'loading' && <p className="hint">Looking for earlier checks…</p>}
      {matches.kind === 'failed' && (
        <p className="hint error" role="alert">
          Could not look for earlier checks: {matches.message}
        </p>
      )}
      {matches.kind === 'found' && matches.checks.length === 0 && (
        <p className="hint">No earlier check or imported fact check looks like this claim.</p>
      )}
      {matches.kind === 'found' && matches.checks.length > 0 && (
        <ul className="similar-checks">
          {matches.checks.map((check) => (
            <li key={`${check.kind}-${check.id}`} className="similar-check">
              <div className="similar-check-head">
                <span
                  className="check-rating"
                  style={check.ratingColour ? { borderColor: check.ratingColour } : undefined}
                >
                  {check.ratingColour && (
                    <span
                      className="dot"
                      style={{ background: check.ratingColour }}
                      aria-hidden="true"
                    />
                  )}
                  {check.ratingLabel ?? 'No rating'}
                </span>
                <span className="similar-score" title="How alike the two claims are">
                  {Math.round(check.score * 100)}% alike
                </span>
              </div>
              <q className="similar-text">{check.text}</q>
              <div className="similar-by">{describe(check)}</div>
              {check.differences.length > 0 && (
                <ul className="similar-differences">
                  {check.differences.map((difference) => (
                    <li key={difference}>⚠ {difference}</li>
                  ))}
                </ul>
              )}
              <div className="similar-actions">
                {check.cited ? (
                  <span className="similar-cited">Cited ✓</span>
                ) : (
                  <button type="button" disabled={citing !== null} onClick={() => void cite(check)}>
                    {citing === `${check.kind}-${check.id}` ? 'Citing…' : 'Cite as source'}
                  </button>
                )}
                <button type="button" className="quiet" onClick={() => openCheck(check)}>
                  Open
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
