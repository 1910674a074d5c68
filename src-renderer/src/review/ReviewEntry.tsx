import { useEffect, useState } from 'react';
import type { ReviewCandidate } from '../../../src-main/contract/anchoringMethods';
import type { Claim } from '../../../src-main/core/model';
import { call } from '../api/client';
import { errorMessage } from '../../../src-main/core/errorMessage';
import type { Workbench } from '../workbench/useWorkbench';
import { wordDiff } from './wordDiff';

interface ReviewEntryProps {
  claim: Claim;
  number: number;
  workbench: Workbench;
  editorSelection(): { start: number; end: number } | null;
}

function previousWords(history: { action: string; before: unknown }[]): string | null {
  const anchor = [...history].reverse().find((entry) => entry.action === 'anchor');
  const before = anchor?.before as { exact?: unknown } | undefined;
  return typeof before?.exact === 'string' ? before.exact : null;
}

export function ReviewEntry({ claim, number, workbench, editorSelection }: ReviewEntryProps) {
  const { article, actions } = workbench;
  const [candidates, setCandidates] = useState<ReviewCandidate[] | null>(null);
  const [oldWords, setOldWords] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const text = article?.text ?? '';

  useEffect(() => {
    let current = true;
    void Promise.all([
      call('claims.candidates', { id: claim.id, limit: 3 }),
      call('claims.history', { id: claim.id }),
    ])
      .then(([found, history]) => {
        if (!current) return;
        setCandidates(found.filter((c) => !(c.start === claim.start && c.end === claim.end)));
        setOldWords(previousWords(history));
      })
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, [claim.id, claim.start, claim.end, claim.exact, text]);

  const reattach = async (start: number, end: number) => {
    setError(null);
    try {
      actions.replaceClaim(await actions.run('claims.reattach', { id: claim.id, start, end }));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const useSelection = () => {
    const selection = editorSelection();
    if (!selection) {
      setError('Select the claim’s words in the article first, then choose “Use selected text”.');
      return;
    }
    void reattach(selection.start, selection.end);
  };

  const orphaned = claim.anchorState === 'orphaned';
  const before = orphaned ? claim.exact : (oldWords ?? claim.exact);
  return (
    <li className="review-entry" aria-label={`Claim ${number} needs review`}>
      <p className="review-head">
        <strong>Claim {number}</strong>{' '}
        <span className={`anchor-badge ${claim.anchorState}`}>
          {orphaned ? 'Its text was not found' : 'Its words changed'}
        </span>
      </p>
      <p className="review-context">
        <span className="muted">…{claim.prefix}</span>
        <mark>{before}</mark>
        <span className="muted">{claim.suffix}…</span>
      </p>
      {!orphaned && oldWords !== null && oldWords !== claim.exact && (
        <p className="review-diff" aria-label="What changed">
          {wordDiff(oldWords, claim.exact).map((part, index) =>
            part.kind === 'same' ? (
              <span key={index}>{part.text}</span>
            ) : part.kind === 'removed' ? (
              <del key={index}>{part.text}</del>
            ) : (
              <ins key={index}>{part.text}</ins>
            ),
          )}
        </p>
      )}
      {candidates && candidates.length > 0 && (
        <ul className="review-candidates" aria-label="Possible places">
          {candidates.map((candidate) => (
            <li key={`${candidate.start}-${candidate.end}`}>
              <span className="candidate-text">
                …{text.slice(Math.max(0, candidate.start - 30), candidate.start)}
                <mark>{candidate.exact}</mark>
                {text.slice(candidate.end, candidate.end + 30)}…
              </span>
              <span className="candidate-score">{Math.round(candidate.score * 100)}% match</span>
              <button type="button" onClick={() => void reattach(candidate.start, candidate.end)}>
                Attach here
              </button>
            </li>
          ))}
        </ul>
      )}
      {candidates?.length === 0 && (
        <p className="muted">No likely place found in the current text.</p>
      )}
      <div className="review-actions">
        {!orphaned && (
          <button type="button" onClick={() => void reattach(claim.start, claim.end)}>
            Keep the new words
          </button>
        )}
        <button type="button" onClick={useSelection}>
          Use selected text
        </button>
        <button type="button" className="danger" onClick={() => void actions.deleteClaim(claim.id)}>
          Delete claim
        </button>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </li>
  );
}
