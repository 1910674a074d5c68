import { z } from 'zod';

export const claimKinds = ['numeric', 'quote', 'attribution', 'causal', 'other'] as const;
export const claimStatuses = ['unchecked', 'in_progress', 'needs_review', 'done'] as const;
export const anchorStates = ['attached', 'moved', 'changed', 'orphaned'] as const;
export const stances = ['supports', 'contradicts', 'context'] as const;
export const sourceKinds = ['primary', 'official', 'dataset', 'expert', 'news', 'other'] as const;
export const scaleKinds = ['ordinal', 'labels', 'conclusion'] as const;
export const themes = ['light', 'dark'] as const;

export const ClaimKind = z.enum(claimKinds);
export const ClaimStatus = z.enum(claimStatuses);
export const AnchorState = z.enum(anchorStates);
export const Stance = z.enum(stances);
export const SourceKind = z.enum(sourceKinds);
export const ScaleKind = z.enum(scaleKinds);
export const Theme = z.enum(themes);

export type ClaimKind = z.infer<typeof ClaimKind>;
export type ClaimStatus = z.infer<typeof ClaimStatus>;
export type AnchorState = z.infer<typeof AnchorState>;
export type Stance = z.infer<typeof Stance>;
export type SourceKind = z.infer<typeof SourceKind>;
export type ScaleKind = z.infer<typeof ScaleKind>;

/** Identifiers are SQLite rowids: small, stable, easy to type at a CLI prompt. */
export const Id = z.number().int().positive();
/** ISO 8601 date (YYYY-MM-DD) or date-time; empty string means unknown. */
export const DateText = z.string().max(40);
export const IsoTimestamp = z.string();
export const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c');
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256');

export const Rating = z.object({
  key: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes'),
  label: z.string().min(1).max(80),
  colour: HexColour,
  /** ClaimReview ratingValue; null for labels that sit outside the ordinal range (e.g. Unproven). */
  value: z.number().int().nullable(),
  /** One keyboard letter to pick the rating quickly in the inspector. */
  shortcut: z.string().max(1),
});
export type Rating = z.infer<typeof Rating>;

export const RatingScale = z.object({
  id: z.string().min(1).max(60),
  name: z.string().min(1).max(80),
  kind: ScaleKind,
  builtin: z.boolean(),
  ratings: z.array(Rating).max(30),
});
export type RatingScale = z.infer<typeof RatingScale>;

export const ArticleMeta = z.object({
  title: z.string().max(500),
  outlet: z.string().max(300),
  url: z.string().max(2000),
  author: z.string().max(500),
  publishedAt: DateText,
  language: z.string().max(35),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Article = ArticleMeta.extend({
  id: Id,
  text: z.string(),
  version: z.number().int().positive(),
  sha256: Sha256,
  methodology: z.string(),
  corrections: z.string(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type Article = z.infer<typeof Article>;

export const ArticleSummary = z.object({
  id: Id,
  title: z.string(),
  outlet: z.string(),
  publishedAt: DateText,
  updatedAt: IsoTimestamp,
  claimCount: z.number().int().nonnegative(),
  /** Claim counts keyed by rating key; claims without a verdict count under "unchecked". */
  verdictCounts: z.record(z.string(), z.number().int().nonnegative()),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ArticleVersion = z.object({
  articleId: Id,
  version: z.number().int().positive(),
  sha256: Sha256,
  length: z.number().int().nonnegative(),
  createdAt: IsoTimestamp,
});
export type ArticleVersion = z.infer<typeof ArticleVersion>;

export const Verdict = z.object({
  scaleId: z.string(),
  ratingKey: z.string().nullable(),
  conclusion: z.string(),
  checkedBy: z.string(),
  checkedAt: IsoTimestamp,
  /** The article version whose text this verdict judged. */
  articleVersion: z.number().int().positive(),
});
export type Verdict = z.infer<typeof Verdict>;

export const Archive = z.object({
  sha256: Sha256,
  size: z.number().int().nonnegative(),
  mime: z.string(),
  originalName: z.string(),
  /** Relative to the data folder; content-addressed so no name can escape it. */
  path: z.string(),
  createdAt: IsoTimestamp,
});
export type Archive = z.infer<typeof Archive>;

export const Source = z.object({
  id: Id,
  url: z.string(),
  title: z.string(),
  publisher: z.string(),
  author: z.string(),
  publishedAt: DateText,
  accessedAt: DateText,
  kind: SourceKind,
  reliabilityNote: z.string(),
  archive: Archive.nullable(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type Source = z.infer<typeof Source>;

export const ClaimSource = z.object({
  source: Source,
  stance: Stance,
  excerpt: z.string(),
  note: z.string(),
  /** Training answer keys only: 3 primary, 2 reputable secondary, 1 weak, 0 disallowed. */
  tier: z.number().int().min(0).max(3).nullable(),
});
export type ClaimSource = z.infer<typeof ClaimSource>;

export const QuoteSelector = z.object({
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type QuoteSelector = z.infer<typeof QuoteSelector>;

export const Claim = z.object({
  id: Id,
  articleId: Id,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  anchoredVersion: z.number().int().positive(),
  anchorState: AnchorState,
  textChangedSinceVerdict: z.boolean(),
  claimant: z.string(),
  claimDate: DateText,
  appearanceUrl: z.string(),
  kind: ClaimKind,
  status: ClaimStatus,
  assignee: z.string(),
  tags: z.array(z.string()),
  notes: z.string(),
  verdict: Verdict.nullable(),
  sources: z.array(ClaimSource),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type Claim = z.infer<typeof Claim>;

export const AuditEntry = z.object({
  id: Id,
  at: IsoTimestamp,
  actor: z.string(),
  entity: z.string(),
  entityId: z.number().int(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const Preferences = z.object({
  checkerName: z.string().max(200),
  organisationName: z.string().max(300),
  organisationUrl: z.string().max(2000),
  defaultScaleId: z.string().max(60),
  theme: Theme,
});
export type Preferences = z.infer<typeof Preferences>;

/** Characters of context kept either side of a quote, as in W3C's TextQuoteSelector practice. */
export const CONTEXT_LENGTH = 32;
