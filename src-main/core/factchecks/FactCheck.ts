import { z } from 'zod';
import { Id, IsoTimestamp } from '../model';

/** Longest text Factdesk keeps from a field of an imported fact check, in UTF-16 code units. */
export const FACT_CHECK_FIELD_CHARS = { text: 20_000, short: 2_000, url: 2_000 } as const;

/**
 * A fact check published by someone (this desk on another laptop, or another organisation),
 * read from a ClaimReview feed. Read-only in Factdesk: a later import of the same review URL
 * replaces it.
 */
export const FactCheckFields = z.object({
  /** The review's own address: what identifies it. */
  reviewUrl: z.string().min(1).max(FACT_CHECK_FIELD_CHARS.url),
  /** The claim as the reviewer worded it (ClaimReview claimReviewed). */
  claimText: z.string().max(FACT_CHECK_FIELD_CHARS.text),
  claimant: z.string().max(FACT_CHECK_FIELD_CHARS.short),
  /** When the claim was made, as the feed gives it (ISO 8601 date or empty). */
  claimDate: z.string().max(40),
  /** The organisation that reviewed it. */
  reviewer: z.string().max(FACT_CHECK_FIELD_CHARS.short),
  reviewerUrl: z.string().max(FACT_CHECK_FIELD_CHARS.url),
  /** The verdict in the reviewer's words ("False", "Engañoso", "Pants on Fire"). */
  textualRating: z.string().min(1).max(FACT_CHECK_FIELD_CHARS.short),
  /** The review's headline, when the feed has one. */
  title: z.string().max(FACT_CHECK_FIELD_CHARS.short),
  /** BCP 47 tag of the review's language, or empty. */
  language: z.string().max(35),
  /** When the review was published (ISO 8601 date or empty). */
  reviewDate: z.string().max(40),
});
export type FactCheckFields = z.infer<typeof FactCheckFields>;

export const FactCheck = FactCheckFields.extend({
  id: Id,
  importedAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type FactCheck = z.infer<typeof FactCheck>;

export const SkippedItem = z.object({
  /** Position of the item among all review items of the file, from 0, in file order. */
  index: z.number().int().nonnegative(),
  reason: z.string(),
});
export type SkippedItem = z.infer<typeof SkippedItem>;

export const FactCheckImportResult = z.object({
  imported: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  skipped: z.array(SkippedItem),
  /**
   * Things the checker must know about what was stored, in plain words: fields that lost
   * hidden text-direction controls, with how many.
   */
  warnings: z.array(z.string()),
});
export type FactCheckImportResult = z.infer<typeof FactCheckImportResult>;
