import { CONTEXT_LENGTH, type AnchorState } from '../model';
import type {
  Candidate,
  ReanchorCounts,
  ReanchoredClaim,
  ReanchorResult,
  StoredAnchor,
} from './anchoringTypes';
import { contextAround } from './contextAround';
import { createChangeMap } from './createChangeMap';
import { diffTexts, type DiffOptions } from './diffReplacements';
import { createRelocationScope, relocateQuote, type RelocationScope } from './relocateQuote';
import { scoreCandidate } from './scoreCandidate';

/**
 * A claim edited in place stays `changed` only while at least this share of its span is its
 * own surviving text; below that the edit is treated as a rewrite and the claim is searched for.
 */
export const MIN_SURVIVING_SHARE = 0.5;

/**
 * The diff lining a claim up with its old text is evidence in itself, so a diff placement needs
 * less agreement from quote and context than a searched-for candidate (MIN_EVIDENCE); but a
 * few letters lined up inside a rewritten block, with a foreign context, still fall below it.
 */
export const MIN_DIFF_EVIDENCE = 0.65;

export interface ReanchorOptions extends DiffOptions {
  /** Code units that whole-text approximate search may scan in this run (see relocateQuote). */
  readonly fuzzyScanBudget?: number;
}

/**
 * Re-anchors claims from `oldText` to a new version of the article, `newText`.
 *
 * Each claim's `start`/`end` must refer to `oldText`. Then, in order:
 * 1. The texts are diffed and the claim's range is mapped through the diff.
 * 2. If none of the claim's text was touched it is kept (`attached`, confidence 1), even if
 *    its offsets shifted.
 * 3. If the edits left at least MIN_SURVIVING_SHARE of the mapped span as the claim's own
 *    text, it is `changed`, with the new exact text and that share as confidence.
 *    When the claim's context was edited too, quote and context must still agree well enough
 *    (MIN_DIFF_EVIDENCE); if they do not, the claim is orphaned where it mapped to.
 * 4. Otherwise, and for claims whose offsets did not select their quote in `oldText` (for
 *    example claims orphaned earlier), the quote is searched for in text the new version
 *    inserted and in what is left of the claim's own text (see relocateQuote). Found with the same words elsewhere it is `moved`; with
 *    other words, `changed`; at the very place it would map to, `attached`. Confidence is the
 *    candidate's evidence.
 * 5. Otherwise the claim is `orphaned` at the position its text would have had, keeping its
 *    old selector, with confidence 0. A claim whose text was deleted is never attached to
 *    another occurrence of the same words that the diff shows was already in the old text.
 */
export function reanchorClaims(
  oldText: string,
  newText: string,
  claims: readonly StoredAnchor[],
  options: ReanchorOptions = {},
): ReanchorResult {
  const counts: ReanchorCounts = { kept: 0, moved: 0, changed: 0, orphaned: 0 };
  if (oldText === newText) {
    const unchanged = claims.map((claim): ReanchoredClaim => {
      if (selectsQuote(oldText, claim)) {
        counts.kept++;
        const { id, start, end, exact, prefix, suffix } = claim;
        // A literal rather than a spread: object spread is several times slower in V8.
        return { id, start, end, exact, prefix, suffix, anchorState: 'attached', confidence: 1 };
      }
      counts.orphaned++;
      return orphan(claim, clampOffset(claim.start, oldText.length));
    });
    return { claims: unchanged, counts };
  }

  const diff = diffTexts(oldText, newText, options);
  const scope = createRelocationScope(
    oldText,
    newText,
    createChangeMap(diff.replacements),
    createChangeMap(diff.strictReplacements),
    options.fuzzyScanBudget,
  );
  const reanchored = claims.map((claim) => reanchorOne(scope, claim));
  for (const claim of reanchored) {
    if (claim.anchorState === 'attached') counts.kept++;
    else counts[claim.anchorState]++;
  }
  return { claims: reanchored, counts };
}

function reanchorOne(scope: RelocationScope, claim: StoredAnchor): ReanchoredClaim {
  const { oldText, newText, map } = scope;
  if (!selectsQuote(oldText, claim)) {
    const expected = map.mapStart(clampOffset(claim.start, oldText.length));
    if (claim.exact.length === 0) return orphan(claim, expected);
    const found = relocateQuote(scope, claim, expected, null);
    return found ? relocated(scope, claim, found, expected) : orphan(claim, expected);
  }

  const range = map.mapRange(claim.start, claim.end);
  const share = range.touched
    ? range.survivingLength / Math.max(claim.end - claim.start, range.end - range.start)
    : 1;
  if (range.survivingLength > 0 && share >= MIN_SURVIVING_SHARE) {
    // Searching elsewhere could only find a lookalike of text the diff says is still here.
    if (!isBelievable(scope, claim, range.start, range.end, share)) {
      return orphan(claim, range.start);
    }
    const exact = range.touched ? newText.slice(range.start, range.end) : claim.exact;
    return exact === claim.exact
      ? placed(scope, claim, range.start, range.end, 'attached', 1)
      : placed(scope, claim, range.start, range.end, 'changed', share);
  }
  const own = {
    oldStart: claim.start,
    oldEnd: claim.end,
    newStart: range.start,
    newEnd: range.end,
  };
  const found = relocateQuote(scope, claim, range.start, own);
  return found ? relocated(scope, claim, found, range.start) : orphan(claim, range.start);
}

/**
 * A character diff of a rewritten block can line up a few letters of a deleted sentence with
 * letters of new text. Where a claim's surroundings were edited, its diff placement is only
 * trusted if quote and context still agree well enough (MIN_DIFF_EVIDENCE).
 */
function isBelievable(
  scope: RelocationScope,
  claim: StoredAnchor,
  start: number,
  end: number,
  share: number,
): boolean {
  const before = Math.max(0, claim.start - CONTEXT_LENGTH);
  const after = Math.min(scope.oldText.length, claim.end + CONTEXT_LENGTH);
  const contextEdited =
    scope.map.mapRange(before, claim.start).touched || scope.map.mapRange(claim.end, after).touched;
  if (!contextEdited) return true;
  const errors = Math.round(claim.exact.length * (1 - share));
  const score = scoreCandidate(scope.newText, claim, start, end, errors, start);
  return score.evidence >= MIN_DIFF_EVIDENCE;
}

function relocated(
  scope: RelocationScope,
  claim: StoredAnchor,
  found: Candidate,
  expected: number,
): ReanchoredClaim {
  const state: AnchorState =
    found.exact !== claim.exact ? 'changed' : found.start === expected ? 'attached' : 'moved';
  return placed(scope, claim, found.start, found.end, state, found.components.evidence);
}

function placed(
  scope: RelocationScope,
  claim: StoredAnchor,
  start: number,
  end: number,
  anchorState: AnchorState,
  confidence: number,
): ReanchoredClaim {
  const { newText } = scope;
  const { prefix, suffix } = contextAround(newText, start, end);
  const exact =
    anchorState === 'attached' || anchorState === 'moved' ? claim.exact : newText.slice(start, end);
  return {
    id: claim.id,
    start,
    end,
    exact,
    prefix,
    suffix,
    anchorState,
    confidence,
  };
}

function orphan(claim: StoredAnchor, at: number): ReanchoredClaim {
  const { id, exact, prefix, suffix } = claim;
  return { id, start: at, end: at, exact, prefix, suffix, anchorState: 'orphaned', confidence: 0 };
}

function selectsQuote(text: string, claim: StoredAnchor): boolean {
  const { start, end, exact } = claim;
  return (
    exact.length > 0 &&
    Number.isInteger(start) &&
    start >= 0 &&
    end - start === exact.length &&
    end <= text.length &&
    text.startsWith(exact, start)
  );
}

/** A usable offset for a claim whose stored start may be stale or malformed. */
function clampOffset(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.min(Math.max(0, Math.floor(offset)), length) : 0;
}
