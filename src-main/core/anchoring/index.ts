export type {
  Candidate,
  CandidateScore,
  LiveSpan,
  ReanchorCounts,
  ReanchoredClaim,
  ReanchorResult,
  Replacement,
  ReviewReason,
  StoredAnchor,
  TextEdit,
} from './anchoringTypes';
export { compareTextOrder, type PlacedInText } from './compareTextOrder';
export {
  compareContext,
  linesAreParagraphs,
  type ContextAgreement,
  type ContextKind,
} from './compareContext';
export { createChangeMap, type ChangeMap, type MappedRange } from './createChangeMap';
export {
  DEFAULT_DIFF_TIMEOUT_MS,
  diffReplacements,
  diffTexts,
  type DiffOptions,
  type TextDiff,
} from './diffReplacements';
export { findCandidates } from './findCandidates';
export {
  MAX_ERROR_SHARE,
  exactMatches,
  MAX_EXACT_OCCURRENCES,
  findQuote,
  fuzzyMatches,
  maxFuzzyErrors,
  fuzzySearchCost,
  MAX_FUZZY_QUOTE_LENGTH,
  MAX_FUZZY_CALL_WORK,
  quoteEdges,
  type MatchEdges,
  type QuoteMatch,
} from './findQuoteMatches';
export {
  matchableQuote,
  sameWords,
  toMatchable,
  withQuoteIndex,
  type MatchableText,
} from './matchableText';
export { mapSpansThroughEdits, type MappedSpans } from './mapSpansThroughEdits';
export { quoteSelectorAt } from './quoteSelectorAt';
export { reanchorClaims, type ReanchorOptions } from './reanchorClaims';
export { textEditsFromMonaco, type MonacoContentChange } from './textEditsFromMonaco';
export {
  MIN_CONTEXT_SUPPORT,
  SPECIFIC_QUOTE_LENGTH,
  SUPPORT_MARGIN,
  isConvincing,
  keepsItsSurroundings,
  weighCandidates,
  type Choice,
} from './weighCandidates';
