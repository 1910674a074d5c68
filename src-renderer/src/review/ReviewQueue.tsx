import type { ClaimOutline } from '../../../src-main/core/model';
import { ReviewEntry } from './ReviewEntry';
import './review.css';

interface ReviewQueueProps {
  claims: readonly ClaimOutline[];
  numberOf: ReadonlyMap<number, number>;
}

/**
 * Claims whose text changed, could not be found, was found in several equally good places or
 * moved into other surroundings: the checker decides, Factdesk never guesses.
 */
export function ReviewQueue({ claims, numberOf }: ReviewQueueProps) {
  const needsReview = claims.filter(
    (c) => c.anchorState === 'orphaned' || c.anchorState === 'changed' || c.anchorReview !== null,
  );
  if (needsReview.length === 0) return null;
  return (
    <section className="review-queue" aria-label="Needs review">
      <h3>
        Needs review <span className="count">({needsReview.length})</span>
      </h3>
      <ol className="review-list">
        {needsReview.map((claim) => (
          <ReviewEntry key={claim.id} claim={claim} number={numberOf.get(claim.id) ?? 0} />
        ))}
      </ol>
    </section>
  );
}
