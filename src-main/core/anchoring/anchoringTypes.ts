import type { AnchorState, QuoteSelector } from '../model';
import type { ContextAgreement } from './compareContext';

/**
 * One replacement in Monaco's content-change shape (`rangeOffset`, `rangeLength`, `text`).
 * Offsets are UTF-16 code units into the text as it was before the whole event, so several
 * edits of one event never see each other's effects.
 */
export interface TextEdit {
  readonly offset: number;
  readonly deleteLength: number;
  readonly insertText: string;
}

/** A claim's highlight as the editor tracks it while the checker types. */
export interface LiveSpan {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly anchorState: AnchorState;
}

export type ReviewReason = 'ambiguous' | 'lookalike' | 'context';

/** What the store knows about a claim's anchor in the text it was last anchored to. */
export interface StoredAnchor extends QuoteSelector {
  readonly id: number;
  readonly start: number;
  readonly end: number;
}

/**
 * A claim's anchor in a new version of its article. The selector is the one to store: it
 * describes the new text, except for orphaned claims, which keep their last known selector
 * so that a later version (or the checker) can still find the words they were about.
 */
export interface ReanchoredClaim extends StoredAnchor {
  readonly anchorState: AnchorState;
  /** 1 when the claim's own text is still in place; lower when it was found by edits or search. */
  readonly confidence: number;
  /**
   * Why the claim needs the checker, when the evidence rule says so: `ambiguous` (orphaned:
   * several places agree about equally well, so none was chosen), `lookalike` (orphaned: its
   * words were found only with other surroundings), `context` (moved to a place whose words
   * agree but whose surroundings changed beyond its paragraph). Absent otherwise.
   */
  readonly review?: ReviewReason;
}

export interface ReanchorCounts {
  kept: number;
  moved: number;
  changed: number;
  orphaned: number;
}

export interface ReanchorResult {
  readonly claims: ReanchoredClaim[];
  readonly counts: ReanchorCounts;
}

/**
 * How well a candidate range agrees with a claim's selector. Similarities are in [0, 1].
 * Whether a candidate may receive the claim is decided by the evidence rule (weighCandidates),
 * from `quote` and the two context agreements; `similarity` and `position` only order lists
 * and show the checker how close a candidate is.
 */
export interface CandidateScore {
  /** 1 minus the share of the quote (in reduced units) that had to be edited to match. */
  readonly quote: number;
  /** Edit-distance similarity of the reduced contexts, nearest words weighing most. */
  readonly prefix: number;
  readonly suffix: number;
  /** Whether the words before and after the candidate read as the claim's stored context. */
  readonly prefixContext: ContextAgreement;
  readonly suffixContext: ContextAgreement;
  /** Reduced units of context that agree on both sides together (0 for a contradicted side). */
  readonly support: number;
  /** Nearness to an expected position, for ordering only; 0 when no position is known. */
  readonly position: number;
  /** Quote and context similarity combined: what the review queue shows as "% match". */
  readonly similarity: number;
}

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  /** Edit distance (in reduced units) between the claim's quote and this range. */
  readonly errors: number;
  readonly components: CandidateScore;
}

/**
 * A change in old-text coordinates: old [oldStart, oldEnd) became `newLength` code units.
 * Lists of replacements are sorted by position and do not overlap.
 */
export interface Replacement {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newLength: number;
}
