import { z } from 'zod';
import { webUrl } from './webUrl';

export const claimKinds = ['numeric', 'quote', 'attribution', 'causal', 'other'] as const;
export const claimStatuses = ['unchecked', 'in_progress', 'needs_review', 'done'] as const;
export const anchorStates = ['attached', 'moved', 'changed', 'orphaned'] as const;
/**
 * Why anchoring left a claim for the checker: several places fit about equally well
 * (`ambiguous`), its words exist only with other surroundings (`lookalike`), or it moved to a
 * place whose surroundings changed beyond its paragraph (`context`). See docs/anchoring.md.
 */
export const anchorReviews = ['ambiguous', 'lookalike', 'context'] as const;
export const stances = ['supports', 'contradicts', 'context'] as const;
export const sourceKinds = ['primary', 'official', 'dataset', 'expert', 'news', 'other'] as const;
export const scaleKinds = ['ordinal', 'labels', 'conclusion'] as const;
export const themes = ['light', 'dark'] as const;
/** Who made a claim, as ClaimReview's itemReviewed.author types it; `unknown` until chosen. */
export const claimantKinds = ['unknown', 'person', 'organization'] as const;

export const ClaimKind = z.enum(claimKinds);
export const ClaimStatus = z.enum(claimStatuses);
export const AnchorState = z.enum(anchorStates);
export const AnchorReview = z.enum(anchorReviews);
export const Stance = z.enum(stances);
export const SourceKind = z.enum(sourceKinds);
export const ScaleKind = z.enum(scaleKinds);
export const Theme = z.enum(themes);
export const ClaimantKind = z.enum(claimantKinds);

export type ClaimKind = z.infer<typeof ClaimKind>;
export type ClaimStatus = z.infer<typeof ClaimStatus>;
export type AnchorState = z.infer<typeof AnchorState>;
export type AnchorReview = z.infer<typeof AnchorReview>;
export type Stance = z.infer<typeof Stance>;
export type SourceKind = z.infer<typeof SourceKind>;
export type ScaleKind = z.infer<typeof ScaleKind>;
export type ClaimantKind = z.infer<typeof ClaimantKind>;

/** Identifiers are SQLite rowids: small, stable, easy to type at a CLI prompt. */
export const Id = z.number().int().positive();
/** ISO 8601 date (YYYY-MM-DD) or date-time; empty string means unknown. */
export const DateText = z.string().max(40);
/**
 * An absolute http(s) address (at most 2,000 characters), or empty for unknown. Only such
 * addresses mean anything to a reader or to ClaimReview's consumers, and refusing the rest at the
 * boundary keeps javascript:, file: and data: addresses out of every export.
 */
export const WebUrlText = z
  .string()
  .max(2000)
  .refine(
    (value) => value === '' || webUrl(value) === value,
    'must be a web address starting with http:// or https://, or empty',
  );
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

/*
 * Editable fields: one declaration per entity, with its limits. Everything else derives from
 * these: the contract's patch inputs (`.partial().strict()`), the entity's output schema, the
 * store's columns (camelCase field → snake_case column), its INSERT and UPDATE, and what an
 * audit row records. `meta({ title })` is the field's name in the checker's words (history).
 * To add a field: a migration that adds the column, one line here, and the UI control
 * (docs/architecture.md, "Adding a field").
 */

/** A rating scale's fields; `id` is chosen by its author and is the key. */
export const RatingScaleFields = z.object({
  id: z.string().min(1).max(60),
  name: z.string().min(1).max(80),
  kind: ScaleKind,
  ratings: z.array(Rating).max(30),
});
export type RatingScaleFields = z.infer<typeof RatingScaleFields>;

/** Bibliographic metadata of an article: what an import can fill in. */
export const ArticleMeta = z.object({
  title: z.string().max(500).meta({ title: 'Title' }),
  outlet: z.string().max(300).meta({ title: 'Outlet' }),
  url: z.string().max(2000).meta({ title: 'URL' }),
  author: z.string().max(500).meta({ title: 'Author' }),
  publishedAt: DateText.meta({ title: 'Published' }),
  language: z.string().max(35).meta({ title: 'Language' }),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/**
 * An article's editable fields: its metadata, the two notes published with the report, and
 * where and when the fact check itself is published (ClaimReview's `url` and `datePublished`).
 */
export const ArticleFields = ArticleMeta.extend({
  methodology: z.string().max(200_000).meta({ title: 'Methodology' }),
  corrections: z.string().max(200_000).meta({ title: 'Corrections' }),
  factCheckUrl: WebUrlText.meta({ title: 'Fact check published at' }),
  factCheckPublishedAt: DateText.meta({ title: 'Fact check published on' }),
});
export type ArticleFields = z.infer<typeof ArticleFields>;

/** A library source's editable fields. */
export const SourceFields = z.object({
  url: z.string().max(2000).meta({ title: 'URL' }),
  title: z.string().max(500).meta({ title: 'Title' }),
  publisher: z.string().max(300).meta({ title: 'Publisher' }),
  author: z.string().max(300).meta({ title: 'Author' }),
  publishedAt: DateText.meta({ title: 'Published' }),
  accessedAt: DateText.meta({ title: 'Accessed' }),
  kind: SourceKind.meta({ title: 'Kind' }),
  reliabilityNote: z.string().max(20_000).meta({ title: 'Reliability note' }),
});
export type SourceFields = z.infer<typeof SourceFields>;

/** The editable fields of a citation: one source cited on one claim. */
export const CitationFields = z.object({
  stance: Stance.meta({ title: 'Stance' }),
  excerpt: z.string().max(20_000).meta({ title: 'Excerpt' }),
  note: z.string().max(20_000).meta({ title: 'Note' }),
  /** Training answer keys only: 3 primary, 2 reputable secondary, 1 weak, 0 disallowed. */
  tier: z.number().int().min(0).max(3).nullable().meta({ title: 'Tier' }),
});
export type CitationFields = z.infer<typeof CitationFields>;

/**
 * A claim's editable fields (its span and quote change only through anchoring). The first
 * appearance (`appearance*`) and "claim as reviewed" are empty until the checker writes them;
 * exports then use the article's own metadata and the sentence that holds the claim
 * (core/report/claimDefaults.ts).
 */
export const ClaimFields = z.object({
  claimant: z.string().max(500).meta({ title: 'Claimant' }),
  claimantKind: ClaimantKind.meta({ title: 'Claimant is a' }),
  claimDate: DateText.meta({ title: 'Claim date' }),
  /** The claim in one sentence, as the fact check states it (ClaimReview's claimReviewed). */
  reviewedAs: z.string().max(2000).meta({ title: 'Claim as reviewed' }),
  appearanceUrl: z.string().max(2000).meta({ title: 'Appeared at' }),
  appearanceTitle: z.string().max(500).meta({ title: 'First appearance title' }),
  appearanceOutlet: z.string().max(300).meta({ title: 'First appearance outlet' }),
  appearanceDate: DateText.meta({ title: 'First appearance date' }),
  kind: ClaimKind.meta({ title: 'Kind' }),
  status: ClaimStatus.meta({ title: 'Status' }),
  assignee: z.string().max(200).meta({ title: 'Assignee' }),
  tags: z.array(z.string().min(1).max(60)).max(50).meta({ title: 'Tags' }),
  notes: z.string().max(200_000).meta({ title: 'Notes' }),
});
export type ClaimFields = z.infer<typeof ClaimFields>;

/** What the checker decides about a claim; who and when are recorded by the service. */
export const VerdictFields = z.object({
  /** A key of the scale's ratings, or null on a conclusion-only scale. */
  ratingKey: z.string().max(40).nullable().meta({ title: 'Rating' }),
  conclusion: z.string().max(200_000).meta({ title: 'Conclusion' }),
});
export type VerdictFields = z.infer<typeof VerdictFields>;

/** Just the declared fields of a value (an entity, say), without validating them again. */
export function declaredFieldsOf<S extends z.ZodObject>(
  fields: S,
  value: z.output<S>,
): z.output<S> {
  const values = new Map<string, unknown>(Object.entries(value));
  return Object.fromEntries(
    Object.keys(fields.shape).map((key) => [key, values.get(key)]),
  ) as z.output<S>;
}

/** The checker's name for a declared field, from its `meta({ title })`; the key otherwise. */
export function fieldTitle(fields: z.ZodObject, key: string): string {
  const schema = Object.hasOwn(fields.shape, key) ? fields.shape[key] : undefined;
  const title = schema?.meta()?.title;
  return typeof title === 'string' ? title : key;
}

export const RatingScale = RatingScaleFields.extend({ builtin: z.boolean() });
export type RatingScale = z.infer<typeof RatingScale>;

export const Article = ArticleFields.extend({
  id: Id,
  text: z.string(),
  version: z.number().int().positive(),
  sha256: Sha256,
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
  /** Claims whose words changed in a new version or could not be found (see needsReview). */
  reviewCount: z.number().int().nonnegative(),
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

export const Verdict = VerdictFields.extend({
  scaleId: z.string(),
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

export const Source = SourceFields.extend({
  id: Id,
  archive: Archive.nullable(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type Source = z.infer<typeof Source>;

export const ClaimSource = CitationFields.extend({ source: Source });
export type ClaimSource = z.infer<typeof ClaimSource>;

export const QuoteSelector = z.object({
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type QuoteSelector = z.infer<typeof QuoteSelector>;

/** Where a claim sits in its article's text; only anchoring changes it. */
export const ClaimAnchor = z.object({
  /** UTF-16 offsets into the article's current text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  anchoredVersion: z.number().int().positive(),
  anchorState: AnchorState,
  /** Why anchoring needs the checker to look at this claim, if it does. */
  anchorReview: AnchorReview.nullable(),
  /** The verdict was given on other words than the claim now has, until the checker confirms it. */
  textChangedSinceVerdict: z.boolean(),
  /** The verdict was given in another place of the text, until the checker confirms it. */
  movedSinceVerdict: z.boolean(),
});
export type ClaimAnchor = z.infer<typeof ClaimAnchor>;

export const Claim = ClaimFields.extend({
  id: Id,
  articleId: Id,
  /**
   * The claim's number in its article: the order in which claims were marked, from 1. Given
   * once and never changed or reused, so every view and export calls a claim the same.
   */
  number: z.number().int().positive(),
  ...ClaimAnchor.shape,
  verdict: Verdict.nullable(),
  sources: z.array(ClaimSource),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type Claim = z.infer<typeof Claim>;

/**
 * What the workbench shows of every claim at once (its highlight, its row in the list, the
 * filters and tallies); the rest of a claim is read when it is opened.
 */
export const ClaimOutline = Claim.pick({
  id: true,
  articleId: true,
  number: true,
  start: true,
  end: true,
  exact: true,
  anchorState: true,
  anchorReview: true,
  textChangedSinceVerdict: true,
  movedSinceVerdict: true,
  claimant: true,
  status: true,
  assignee: true,
}).extend({ verdict: Verdict.pick({ scaleId: true, ratingKey: true }).nullable() });
export type ClaimOutline = z.infer<typeof ClaimOutline>;

/**
 * What the editor needs to highlight a claim (its place, whether it was found, its rating): a
 * few numbers per claim, so an article's text shows its highlights before its claims list has
 * been read.
 */
export const ClaimPlace = ClaimOutline.pick({
  id: true,
  start: true,
  end: true,
  anchorState: true,
  verdict: true,
});
export type ClaimPlace = z.infer<typeof ClaimPlace>;

/**
 * A claim as lists, filters and tallies show it: its outline without its place, which changes
 * with every keystroke before it; where a claim is, the editor's highlights say.
 */
export type ListedClaim = Omit<ClaimOutline, 'start' | 'end'>;

/** A logo kept in the data folder, as an archived copy is: by its SHA-256. */
export const Logo = z.object({
  sha256: Sha256,
  mime: z.string().max(100),
  size: z.number().int().nonnegative(),
  /** Relative to the data folder. */
  path: z.string().max(500),
  originalName: z.string().max(255),
});
export type Logo = z.infer<typeof Logo>;

/**
 * The checker's preferences. The newsroom profile is part of them: the publishing
 * organisation (name, site, logo, methodology and corrections pages) and the default checker
 * name, which reports and ClaimReview print as the fact check's author.
 */
export const Preferences = z.object({
  checkerName: z.string().max(200),
  organisationName: z.string().max(300),
  organisationUrl: WebUrlText,
  methodologyUrl: WebUrlText,
  correctionsUrl: WebUrlText,
  /** Set through preferences.setLogo, never by a patch, so no patch can point at a file. */
  logo: Logo.nullable(),
  /** The first-run question for the profile was answered or skipped. */
  profilePromptDone: z.boolean(),
  defaultScaleId: z.string().max(60),
  theme: Theme,
});
export type Preferences = z.infer<typeof Preferences>;

/**
 * What the audit log and older verdicts record as the actor when no checker name is set.
 * Exports treat it as unknown and print nothing rather than a made-up name.
 */
export const UNNAMED_CHECKER = 'unnamed checker';

/** Characters of context kept either side of a quote, as in W3C's TextQuoteSelector practice. */
export const CONTEXT_LENGTH = 32;
