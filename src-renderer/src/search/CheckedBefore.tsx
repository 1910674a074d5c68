import { useState } from 'react';
import type { Claim } from '../../../src-main/core/model';
import type { SimilarCheck } from '../../../src-main/core/search/SearchResult';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { contractKey } from '../api/contractKey';
import { useContractQuery } from '../api/contractQuery';
import { queryClient } from '../api/queryClient';
import { openClaim } from '../workbench/articleActions';
import { uiActions } from '../workbench/uiStore';
import { citeCheck } from './searchActions';
import './search.css';
import { IsolatedParts } from '../ui/IsolatedParts';

/** Who checked it and when; the name is isolated, as it may come from an imported feed. */
const describe = (check: SimilarCheck) => (
  <>
    {check.kind === 'factcheck' ? 'Reviewed by ' : 'Checked by '}
    <IsolatedParts
      parts={[
        check.checkedBy || (check.kind === 'factcheck' ? 'an unnamed organisation' : 'this desk'),
        check.date,
      ]}
    />
  </>
);

/**
 * "Checked before?": the earlier checks of this desk and the imported fact checks most like
 * the claim, each with its verdict, who checked it and when, and what differs. Suggestions
 * only: nothing is cited unless the checker presses "Cite as source".
 */
export function CheckedBefore({ claim }: { claim: Claim }) {
  const [citing, setCiting] = useState<string | null>(null);
  const headingId = `checked-before-${claim.id}`;
  const similar = useContractQuery('claims.similar', { claimId: claim.id });
  const checks = similar.data?.results;

  const cite = async (check: SimilarCheck) => {
    setCiting(`${check.kind}-${check.id}`);
    try {
      await citeCheck(claim.id, check);
      // The button stays busy until the matches say "Cited", so it is never pressed twice.
      await queryClient.invalidateQueries({
        queryKey: contractKey('claims.similar', { claimId: claim.id }),
      });
      uiActions.notify({ message: 'Cited the earlier check as a context source.', tone: 'info' });
    } catch {
      // The write has already said what went wrong.
    } finally {
      setCiting(null);
    }
  };

  const openCheck = (check: SimilarCheck) => {
    if (check.kind === 'factcheck') uiActions.openFactCheck(check.id);
    else if (check.articleId !== null) {
      openClaim(check.articleId, check.id).catch((error: unknown) =>
        uiActions.notify({ message: `Could not open it: ${errorMessage(error)}`, tone: 'error' }),
      );
    }
  };

  return (
    <section className="inspector-section checked-before" aria-labelledby={headingId}>
      <h4 id={headingId}>Checked before?</h4>
      {similar.isPending && <p className="hint">Looking for earlier checks…</p>}
      {similar.isError && (
        <p className="hint error" role="alert">
          Could not look for earlier checks: {errorMessage(similar.error)}
        </p>
      )}
      {checks?.length === 0 && (
        <p className="hint">No earlier check or imported fact check looks like this claim.</p>
      )}
      {checks && checks.length > 0 && (
        <ul className="similar-checks">
          {checks.map((check) => (
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
                  <bdi>{check.ratingLabel ?? 'No rating'}</bdi>
                </span>
                <span className="similar-score" title="How alike the two claims are">
                  {Math.round(check.score * 100)}% alike
                </span>
              </div>
              <q className="similar-text" dir="auto">
                {check.text}
              </q>
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
