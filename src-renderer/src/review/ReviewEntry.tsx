import { useState } from 'react';
import type { ReviewCandidate } from '../../../src-main/contract/anchoringMethods';
import type { Claim, ListedClaim } from '../../../src-main/core/model';
import { contractQuery, useContractQuery } from '../api/contractQuery';
import { queryClient } from '../api/queryClient';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { deleteClaim, reattachClaim, savedClaim } from '../workbench/claimActions';
import { selectionForClaim } from '../claims/selectionForClaim';
import { useOpenArticle } from '../workbench/workbenchQueries';
import { wordDiff } from './wordDiff';

interface ReviewEntryProps {
  claim: ListedClaim;
  number: number;
}

/** Candidates asked for: enough to show every one of several equally good places. */
const CANDIDATES = 5;

/** One side of a candidate's surroundings, as the words next to it. */
function sideChange(candidate: ReviewCandidate): string {
  const before = candidate.prefixContext === 'different';
  const after = candidate.suffixContext === 'different';
  if (before && after) return 'the words around it differ';
  if (before) return 'the words before it differ';
  if (after) return 'the words after it differ';
  const moved = candidate.prefixContext === 'paragraph' || candidate.suffixContext === 'paragraph';
  return moved ? 'its paragraph has new neighbours' : 'the same surroundings';
}

/**
 * What a checker needs to know about a candidate, in a few words: whether the words are the
 * claim's own, and what changed around them. The percentage is how well quote and surroundings
 * fit together, not how alike the words are.
 */
function describeCandidate(candidate: ReviewCandidate): string {
  const words = candidate.sameWords ? 'Same words' : 'Different wording';
  return `${words}; ${sideChange(candidate)}`;
}

/** The heading badge: why the claim is here. */
function reasonFor(claim: ListedClaim): string {
  if (claim.anchorState === 'orphaned') {
    if (claim.anchorReview === 'ambiguous') return 'Found in several places that fit equally well';
    if (claim.anchorReview === 'lookalike') return 'Its words appear only with other surroundings';
    return 'Its words are not in the current text';
  }
  if (claim.anchorState === 'changed') return 'Its words changed';
  if (claim.anchorReview === 'context') {
    return claim.anchorState === 'moved'
      ? 'Moved to a place with other surroundings'
      : 'The words around it changed';
  }
  if (claim.anchorReview === 'ambiguous') return 'Found in several places that fit equally well';
  return 'Needs a look';
}

function previousWords(history: { action: string; before: unknown }[]): string | null {
  const anchor = [...history].reverse().find((entry) => entry.action === 'anchor');
  const before = anchor?.before as { exact?: unknown } | undefined;
  return typeof before?.exact === 'string' ? before.exact : null;
}

/** Places for a claim, offered by the service for the text it holds; the claim's own is left out. */
function otherPlaces(
  found: ReviewCandidate[],
  claim: Pick<Claim, 'start' | 'end'>,
): ReviewCandidate[] {
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
  // Its place is read from its full record: lists do not follow places as the text is edited.
  const candidates = found.data && context ? otherPlaces(found.data, context) : null;
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
      const selection = selectionForClaim();
      if (!selection)
        setError('Select the claim’s words in the article first, then choose “Use selected text”.');
      return selection;
    });

  const orphaned = claim.anchorState === 'orphaned';
  return (
    <li className="review-entry" aria-label={`Claim ${number} needs review`}>
      <p className="review-head">
        <strong>Claim {number}</strong>{' '}
        <span className={`anchor-badge ${claim.anchorState}`}>{reasonFor(claim)}</span>
      </p>
      <p className="review-context">
        <span className="muted">…{context?.prefix}</span>
        {/* The words as they read now, in their surroundings; what they were is below. */}
        <mark>{claim.exact}</mark>
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
              <span className="candidate-score">
                {describeCandidate(candidate)} · fit {Math.round(candidate.score * 100)}%
              </span>
              <button type="button" onClick={() => void attachAt(candidate)}>
                Attach here
              </button>
            </li>
          ))}
        </ul>
      )}
      {candidates?.length === 0 && (
        <p className="muted">
          {orphaned
            ? 'No likely place found in the current text.'
            : 'No other place in the current text fits; the claim is shown where it is now.'}
        </p>
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
