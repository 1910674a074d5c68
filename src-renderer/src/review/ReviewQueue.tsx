import { useState } from 'react';
import type { ListedClaim } from '../../../src-main/core/model';
import { needsReview } from '../../../src-main/core/needsReview';
import { ReviewEntry } from './ReviewEntry';
import './review.css';

interface ReviewQueueProps {
  claims: readonly ListedClaim[];
  numberOf: ReadonlyMap<number, number>;
}

/**
 * Entries shown at first and added by each "Show more": each entry reads its claim, its history
 * and the places it could go, so a heavily revised article must not ask for hundreds at once.
 */
const REVIEW_PAGE = 5;

/**
 * Claims whose text changed, could not be found, was found in several equally good places or
 * moved into other surroundings: the checker decides, Factdesk never guesses.
 */
export function ReviewQueue({ claims, numberOf }: ReviewQueueProps) {
  const waiting = claims.filter(needsReview);
  const [shown, setShown] = useState(REVIEW_PAGE);
  if (waiting.length === 0) return null;
  const more = waiting.length - shown;
  return (
    <section className="review-queue" aria-label="Needs review">
      <h3>
        Needs review <span className="count">({waiting.length})</span>
      </h3>
      <ol className="review-list">
        {waiting.slice(0, shown).map((claim) => (
          <ReviewEntry key={claim.id} claim={claim} number={numberOf.get(claim.id) ?? 0} />
        ))}
      </ol>
      {more > 0 && (
        <button type="button" className="quiet" onClick={() => setShown(shown + REVIEW_PAGE)}>
          Show {Math.min(more, REVIEW_PAGE)} more of {more} still to review
        </button>
      )}
    </section>
  );
}
