import type { AnchorState, QuoteSelector } from '../model';

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
 * How well a candidate range agrees with a claim's selector. Each component is in [0, 1].
 * `evidence` combines quote and context and decides whether a candidate is trustworthy;
 * `score` adds a small preference for candidates near the expected position and orders lists.
 */
export interface CandidateScore {
  readonly quote: number;
  readonly prefix: number;
  readonly suffix: number;
  readonly position: number;
  readonly evidence: number;
  readonly score: number;
}

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  /** Edit distance between the claim's quote and this range. */
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
