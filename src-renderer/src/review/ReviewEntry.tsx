import { useState } from 'react';
import type { ReviewCandidate } from '../../../src-main/contract/anchoringMethods';
import type { ClaimOutline } from '../../../src-main/core/model';
import { contractQuery, useContractQuery } from '../api/contractQuery';
import { queryClient } from '../api/queryClient';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { deleteClaim, reattachClaim, savedClaim } from '../workbench/claimActions';
import { editorBridge } from '../workbench/editorBridge';
import { useOpenArticle } from '../workbench/workbenchQueries';
import { wordDiff } from './wordDiff';

interface ReviewEntryProps {
  claim: ClaimOutline;
  number: number;
}

const CANDIDATES = 3;

function previousWords(history: { action: string; before: unknown }[]): string | null {
  const anchor = [...history].reverse().find((entry) => entry.action === 'anchor');
  const before = anchor?.before as { exact?: unknown } | undefined;
  return typeof before?.exact === 'string' ? before.exact : null;
}

/** Places for a claim, offered by the service for the text it holds; the claim's own is left out. */
function otherPlaces(found: ReviewCandidate[], claim: ClaimOutline): ReviewCandidate[] {
  return found.filter((c) => !(c.start === claim.start && c.end === claim.end));
}

export function ReviewEntry({ claim, number }: ReviewEntryProps) {
  const article = useOpenArticle();
  const [error, setError] = useState<string | null>(null);
  const text = article?.text ?? '';
  const candidatesInput = { id: claim.id, limit: CANDIDATES };
  const found = useContractQuery('claims.candidates', candidatesInput);
  const history = useContractQuery('claims.history', { id: claim.id });
  // The words around the claim's quote, from its full record.
  const record = useContractQuery('claims.get', { id: claim.id });
  const context = record.data;
  const candidates = found.data ? otherPlaces(found.data, claim) : null;
  const oldWords = history.data ? previousWords(history.data) : null;
  const loadError = found.error ?? history.error ?? record.error;
  const shownError = error ?? (loadError ? errorMessage(loadError) : null);

  /**
   * Every choice is made on the saved text: edits are saved first, then the offsets are taken,
   * so a claim never lands on words that are not its own.
   */
  const reattach = async (span: () => Promise<{ start: number; end: number } | null>) => {
    setError(null);
    if (!article) return;
    try {
      await reattachClaim(article.id, claim.id, span);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  /** A place offered before the text was last saved is looked up again before it is used. */
  const attachAt = (candidate: ReviewCandidate) =>
    reattach(async () => {
      const fresh = await queryClient.fetchQuery({
        ...contractQuery('claims.candidates', candidatesInput),
        staleTime: 0,
      });
      if (fresh.some((c) => c.start === candidate.start && c.end === candidate.end))
        return candidate;
      setError('The text changed since these places were found. Look at them again and choose.');
      return null;
    });

  const keepNewWords = () =>
    reattach(async () => {
      const saved = article && savedClaim(article.id, claim.id);
      return saved ? { start: saved.start, end: saved.end } : null;
    });

  const attachToSelection = () =>
    reattach(async () => {
      const selection = editorBridge.selection();
      if (!selection)
        setError('Select the claim’s words in the article first, then choose “Use selected text”.');
      return selection;
    });

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
        <span className="muted">…{context?.prefix}</span>
        <mark>{before}</mark>
        <span className="muted">{context?.suffix}…</span>
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
              <button type="button" onClick={() => void attachAt(candidate)}>
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
          <button type="button" onClick={() => void keepNewWords()}>
            Keep the new words
          </button>
        )}
        <button type="button" onClick={() => void attachToSelection()}>
          Use selected text
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => void deleteClaim(claim.id).catch(() => undefined)}
        >
          Delete claim
        </button>
      </div>
      {shownError && (
        <p role="alert" className="field-error">
          {shownError}
        </p>
      )}
    </li>
  );
}
