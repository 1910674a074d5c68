import type {
  AnchorState,
  Article,
  Claim,
  ClaimKind,
  ClaimStatus,
  RatingScale,
  SourceKind,
  Stance,
} from '../model';

/** Everything an export needs; the service gathers it so core never reads the store or a clock. */
export interface ReportInput {
  article: Article;
  claims: readonly Claim[];
  scale: RatingScale;
  checkers: readonly string[];
  organisation: { name: string; url: string };
  /** ISO 8601 timestamp of the export, supplied by the caller. */
  generatedAt: string;
  appVersion: string;
}

export type FindingCode =
  | 'verdict-without-source'
  | 'source-without-archive'
  | 'source-without-access-date'
  | 'missing-methodology'
  | 'claim-unchecked'
  | 'verdict-on-other-text';

export interface TransparencyFinding {
  code: FindingCode;
  message: string;
  claimId?: number;
}

export interface ReportHeader {
  articleId: number;
  title: string;
  outlet: string;
  url: string;
  author: string;
  publishedAt: string;
  language: string;
  /** The text version the report shows, and that current verdicts are checked against. */
  textVersion: number;
  textSha256: string;
  checkers: string[];
  organisation: { name: string; url: string };
  generatedAt: string;
  appVersion: string;
}

/** One bar of the summary chart: a rating of the scale, an off-scale rating, or "Unchecked". */
export interface VerdictCount {
  key: string;
  label: string;
  colour: string;
  count: number;
}

export interface ReportSummary {
  totalClaims: number;
  counts: VerdictCount[];
  findings: TransparencyFinding[];
}

/**
 * A run of article text between two claim boundaries. `claimNumbers` lists every claim that
 * covers the run, outermost (earliest start) first, so renderers can nest or stack marks.
 */
export interface TextSegment {
  start: number;
  end: number;
  claimNumbers: number[];
}

export interface ReportRating {
  /** Null when the claim has no verdict, or a verdict with no rating picked yet. */
  key: string | null;
  label: string;
  colour: string;
  /** ClaimReview ratingValue; null for off-scale labels and for unchecked claims. */
  value: number | null;
}

export interface ReportVerdict {
  conclusion: string;
  checkedBy: string;
  checkedAt: string;
  articleVersion: number;
}

export interface ReportArchive {
  sha256: string;
  name: string;
  mime: string;
  size: number;
  /** Relative to the report file: the export writes archived copies beside it. */
  href: string;
  /**
   * For web pages (and SVG), a neutralised copy to read safely, next to the original: scripts
   * and remote loads removed. The original at `href` is the evidence, byte for byte.
   */
  safeHref: string | null;
}

export interface ReportSource {
  url: string;
  title: string;
  publisher: string;
  author: string;
  publishedAt: string;
  accessedAt: string;
  kind: SourceKind;
  reliabilityNote: string;
  stance: Stance;
  excerpt: string;
  note: string;
  archive: ReportArchive | null;
}

export interface ReportClaim {
  number: number;
  id: number;
  quote: string;
  prefix: string;
  suffix: string;
  /** UTF-16 offsets into `Report.text`; meaningful only when `located`. */
  start: number;
  end: number;
  /** False for orphaned claims and offsets that no longer fit the text. */
  located: boolean;
  /** Stacking lane for underlines: overlapping claims never share one. */
  lane: number;
  anchorState: AnchorState;
  textChangedSinceVerdict: boolean;
  claimant: string;
  claimDate: string;
  appearanceUrl: string;
  kind: ClaimKind;
  status: ClaimStatus;
  tags: string[];
  notes: string;
  rating: ReportRating;
  verdict: ReportVerdict | null;
  sources: ReportSource[];
  createdAt: string;
  updatedAt: string;
}

export interface ReportScale {
  id: string;
  name: string;
  /** Highest and lowest numeric rating values, for ClaimReview's bestRating and worstRating. */
  best: number | null;
  worst: number | null;
}

export interface Report {
  header: ReportHeader;
  summary: ReportSummary;
  scale: ReportScale;
  text: string;
  segments: TextSegment[];
  claims: ReportClaim[];
  /** Markdown, as the checker wrote it; renderers make it safe. */
  methodology: string;
  corrections: string;
}
