export {
  EncodingCandidate,
  EncodingReport,
  ImportCoverage,
  LeftOutPassage,
  MAX_LISTED_LEFT_OUT,
} from './ImportCoverage';
export {
  coverageWarnings,
  MAX_QUIET_LEFT_OUT_SHARE,
  MIN_WARNED_PARAGRAPH,
  withoutCoverageWarnings,
} from './coverageWarnings';
export { mapOffsetThroughEdit } from './mapOffsetThroughEdit';
export { putBackAll, putBackLeftOut, putBackPassage, type PutBackResult } from './putBackPassage';
export {
  describeEncoding,
  displayEncodingName,
  encodingKey,
  OFFERED_ENCODINGS,
} from './encodingNames';
export {
  ImportRecord,
  importRecordOf,
  MAX_RECORDED_LEFT_OUT,
  RECORDED_EXCERPT_CHARS,
} from './ImportRecord';
export { describeImportRecord } from './describeImportRecord';
