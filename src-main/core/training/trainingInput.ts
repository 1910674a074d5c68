import { z } from 'zod';
import { Id } from '../model';

/**
 * Training files are written by trainers and trainees outside the app (and edited by hand),
 * so every shape here is parsed before scoring. Offsets are UTF-16 code units into the
 * article text, as everywhere else in Factdesk.
 */
const Offset = z.number().int().nonnegative();
const RatingKey = z.string().min(1).max(40);
const Url = z.string().min(1).max(2000);

function startNotAfterEnd(span: { start: number; end: number }): boolean {
  return span.start <= span.end;
}
const spanOrder = { message: 'start must not be after end', path: ['end'] };

/** Tier of an acceptable source: 3 primary/official, 2 reputable secondary, 1 weak, 0 disallowed. */
export const SourceTier = z.number().int().min(0).max(3);
export type SourceTier = z.infer<typeof SourceTier>;

export const KeySource = z.object({ url: Url, tier: SourceTier });
export type KeySource = z.infer<typeof KeySource>;

export const KeyClaim = z
  .object({
    id: Id,
    start: Offset,
    end: Offset,
    exact: z.string(),
    /** Null when the trainer marks a claim as worth checking without settling its verdict. */
    ratingKey: RatingKey.nullable(),
    reasoning: z.string(),
    sources: z.array(KeySource),
  })
  .refine(startNotAfterEnd, spanOrder);
export type KeyClaim = z.infer<typeof KeyClaim>;

export const AnswerKey = z
  .array(KeyClaim)
  .refine((claims) => new Set(claims.map((claim) => claim.id)).size === claims.length, {
    message: 'claim ids must be unique',
  });
export type AnswerKey = z.infer<typeof AnswerKey>;

export const CitedSource = z.object({ url: Url });
export type CitedSource = z.infer<typeof CitedSource>;

export const TraineeClaim = z
  .object({
    start: Offset,
    end: Offset,
    exact: z.string(),
    /** Null when the trainee marked the claim but gave no verdict. */
    ratingKey: RatingKey.nullable(),
    sources: z.array(CitedSource),
  })
  .refine(startNotAfterEnd, spanOrder);
export type TraineeClaim = z.infer<typeof TraineeClaim>;

export const TraineeAttempt = z.object({
  trainee: z.string().min(1).max(200),
  claims: z.array(TraineeClaim),
  secondsTaken: z.number().nonnegative().finite(),
});
export type TraineeAttempt = z.infer<typeof TraineeAttempt>;

/**
 * A rating with a numeric value is ordinal: values give the order, and equal values are the
 * same step. A null value (e.g. "unproven") is nominal: it counts for accuracy and the
 * confusion matrix but is left out of every ordinal metric (off-by-one, κ, α).
 */
export const ScaleRating = z.object({ key: RatingKey, value: z.number().finite().nullable() });
export type ScaleRating = z.infer<typeof ScaleRating>;

export const TrainingScale = z
  .array(ScaleRating)
  .min(1)
  .refine((ratings) => new Set(ratings.map((rating) => rating.key)).size === ratings.length, {
    message: 'rating keys must be unique',
  });
export type TrainingScale = z.infer<typeof TrainingScale>;

export interface Span {
  start: number;
  end: number;
}
