import type {
  AnchorState,
  Article,
  Claim,
  ClaimKind,
  ClaimStatus,
  ClaimantKind,
  RatingScale,
  SourceKind,
  Stance,
} from '../model';

/** The newsroom that publishes the fact check: the profile in Preferences. */
export interface NewsroomProfile {
  name: string;
  url: string;
  methodologyUrl: string;
  correctionsUrl: string;
  /** The logo's bytes, for reports to inline as a `data:` URL; null when none is set. */
  logo: { mime: string; base64: string } | null;
}

/** Everything an export needs; the service gathers it so core never reads the store or a clock. */
export interface ReportInput {
  article: Article;
  claims: readonly Claim[];
  scale: RatingScale;
  checkers: readonly string[];
  organisation: NewsroomProfile;
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
  | 'verdict-on-other-text'
  | 'claim-off-its-words'
  | 'claim-needs-review'
  | 'profile-missing'
  | 'claimreview-required'
  | 'claimreview-recommended';

/**
 * An error keeps a report from being publish-ready (`--strict` refuses, the export panel's
 * badge says so); a warning is worth fixing but does not.
 */
export type FindingSeverity = 'error' | 'warning';

export interface TransparencyFinding {
  code: FindingCode;
  severity: FindingSeverity;
  message: string;
  claimId?: number;
  /** For ClaimReview rules: the missing fields, as paths such as `url` or `itemReviewed.author`. */
  fields?: string[];
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
  organisation: NewsroomProfile;
  /** Where and when the fact check is published: ClaimReview's url and datePublished. */
  factCheckUrl: string;
  factCheckPublishedAt: string;
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
  /** The claim's stored number (Claim.number): the same in the app and in every export. */
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
  movedSinceVerdict: boolean;
  claimant: string;
  claimantKind: ClaimantKind;
  claimDate: string;
  /** The claim in one sentence: as the checker wrote it, else the sentence that holds it. */
  reviewedAs: string;
  /** False when `reviewedAs` is the sentence from the text rather than the checker's words. */
  reviewedAsWritten: boolean;
  appearanceUrl: string;
  /** Where the claim first appeared: as the checker recorded it, else the article itself. */
  firstAppearance: FirstAppearance;
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

export interface FirstAppearance {
  url: string;
  title: string;
  outlet: string;
  date: string;
  /** True when nothing was recorded for the claim and these are the article's own details. */
  fromArticle: boolean;
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
