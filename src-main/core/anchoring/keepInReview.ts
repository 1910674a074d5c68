import type { AnchorReview, AnchorState } from '../model';
import { needsReview } from '../needsReview';
import type { ReanchoredClaim } from './anchoringTypes';

/**
 * Re-anchoring never takes a claim out of review. Its words changed or were lost, or its place
 * is to be checked: it waits for the checker (Keep, Attach here), whatever later edits of the
 * text do. Each save is compared with the save before it, so an edit elsewhere would otherwise
 * read as "kept", and words typed back would read as found, with nobody having looked. A claim
 * that was in review keeps its state and reason, at the place re-anchoring found for it
 * (UTF-16 offsets in the new text), with the reason re-anchoring gives now if it gives one;
 * any other claim is placed as re-anchoring says.
 */
export function keepInReview(
  before: { anchorState: AnchorState; anchorReview: AnchorReview | null },
  placed: ReanchoredClaim,
): ReanchoredClaim {
  if (!needsReview(before)) return placed;
  const lost = (state: AnchorState) => state === 'changed' || state === 'orphaned';
  const anchorState =
    lost(before.anchorState) && !lost(placed.anchorState) ? before.anchorState : placed.anchorState;
  const review = placed.review ?? before.anchorReview;
  const { review: _found, ...rest } = placed;
  return review === null ? { ...rest, anchorState } : { ...rest, anchorState, review };
}
