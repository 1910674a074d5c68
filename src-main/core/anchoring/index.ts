export type {
  Candidate,
  CandidateScore,
  LiveSpan,
  ReanchorCounts,
  ReanchoredClaim,
  ReanchorResult,
  Replacement,
  StoredAnchor,
  TextEdit,
} from './anchoringTypes';
export { compareTextOrder, type PlacedInText } from './compareTextOrder';
export { createChangeMap, type ChangeMap, type MappedRange } from './createChangeMap';
export {
  DEFAULT_DIFF_TIMEOUT_MS,
  diffReplacements,
  diffTexts,
  type DiffOptions,
  type TextDiff,
} from './diffReplacements';
export { findCandidates } from './findCandidates';
export { mapSpansThroughEdits, type MappedSpans } from './mapSpansThroughEdits';
export { quoteSelectorAt } from './quoteSelectorAt';
export { reanchorClaims, type ReanchorOptions } from './reanchorClaims';
export { textEditsFromMonaco, type MonacoContentChange } from './textEditsFromMonaco';
