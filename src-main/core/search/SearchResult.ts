import { z } from 'zod';
import { ClaimStatus, Id } from '../model';

export const searchKinds = ['claim', 'article', 'source', 'factcheck'] as const;
export const SearchKind = z.enum(searchKinds);
export type SearchKind = z.infer<typeof SearchKind>;

/** A span of a snippet to highlight, in UTF-16 code units. */
export const Highlight = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-03-31')
  .optional();

export const SearchFilters = z
  .object({
    /** Claims with one of these verdicts (rating keys); fact checks with the same labels. */
    ratingKeys: z.array(z.string().min(1).max(40)).max(50).optional(),
    statuses: z.array(ClaimStatus).max(10).optional(),
    /** Inclusive; compared with each result's date (see docs/search.md). */
    from: IsoDate,
    to: IsoDate,
    /** The article's outlet, for claims and articles. */
    outlets: z.array(z.string().max(300)).max(50).optional(),
  })
  .strict();
export type SearchFilters = z.infer<typeof SearchFilters>;

export const SearchResult = z.object({
  kind: SearchKind,
  id: Id,
  /**
   * The article to open: the claim's, the article itself, or for a source the article of the
   * latest claim citing it; null for fact checks and uncited sources.
   */
  articleId: Id.nullable(),
  /** The claim to select when it opens: the claim itself, or the latest claim citing a source. */
  claimId: Id.nullable(),
  /** What the result is: the claim's quote, the article's or source's title, the fact-checked claim. */
  title: z.string(),
  /** Where it comes from: article and outlet, publisher, or reviewing organisation. */
  context: z.string(),
  /** The matched words in their surroundings, from the field they matched in. */
  snippet: z.string(),
  highlights: z.array(Highlight),
  ratingLabel: z.string().nullable(),
  /** YYYY-MM-DD, or empty: the verdict's, publication's or review's date. */
  date: z.string(),
  /** Higher is better (BM25, sign turned); comparable within one search only. */
  score: z.number(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const SimilarCheck = z.object({
  kind: z.enum(['claim', 'factcheck']),
  id: Id,
  /** For a claim of this desk: its article, to open it in. */
  articleId: Id.nullable(),
  /** The claim as checked. */
  text: z.string(),
  ratingLabel: z.string().nullable(),
  /** The rating's colour on its scale, for claims of this desk. */
  ratingColour: z.string().nullable(),
  /** The checker (this desk) or the reviewing organisation (imported). */
  checkedBy: z.string(),
  /** YYYY-MM-DD of the verdict or review, or empty. */
  date: z.string(),
  /** The review's URL; for this desk's claims, the article's URL (may be empty). */
  url: z.string(),
  /** Claim similarity, 0 to 1 (docs/search.md). */
  score: z.number(),
  /** What differs from the claim asked about: other numbers, a negation, other names. */
  differences: z.array(z.string()),
  /** Already cited as a source on the claim asked about. */
  cited: z.boolean(),
});
export type SimilarCheck = z.infer<typeof SimilarCheck>;
