import { z } from 'zod';
import { AlphaSchema, TraineeScoreSchema } from './TrainingScoresSchema';

/**
 * Everything the debrief shows, in one plain-JSON model: the app's view, the HTML, the CSV and
 * the PDF are all drawn from it, so they cannot disagree. Trainee names are already replaced
 * when the debrief is anonymised, so no renderer can leak them.
 */
export const DebriefRating = z.object({
  /** Null for "no verdict". */
  key: z.string().nullable(),
  label: z.string(),
  colour: z.string(),
});
export type DebriefRating = z.infer<typeof DebriefRating>;

export const DebriefClaim = z.object({
  /** Position in the text, from 1; the same number in the text, the cards and the CSV. */
  number: z.number().int().positive(),
  id: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  rating: DebriefRating,
  reasoning: z.string(),
  sources: z.array(z.object({ url: z.string(), tier: z.number().int() })),
  detectionRate: z.number().nullable(),
  foundBy: z.number().int(),
  /** Among the trainees who found the claim: how many chose each rating, zeros included. */
  spread: z.array(z.object({ rating: DebriefRating, count: z.number().int() })),
  /** Share of finders who gave the key's rating; null when nobody found it or the key has none. */
  agreement: z.number().nullable(),
  /** Underline lane, so nested claims stay distinguishable in the text. */
  lane: z.number().int(),
});
export type DebriefClaim = z.infer<typeof DebriefClaim>;

export const DebriefTrainee = TraineeScoreSchema.extend({
  timeLimitMinutes: z.number().nullable(),
});
export type DebriefTrainee = z.infer<typeof DebriefTrainee>;

export const Debrief = z.object({
  title: z.string(),
  outlet: z.string(),
  author: z.string(),
  publishedAt: z.string(),
  url: z.string(),
  language: z.string(),
  text: z.string(),
  scaleName: z.string(),
  anonymised: z.boolean(),
  generatedAt: z.string(),
  appVersion: z.string(),
  /** In text order. */
  claims: z.array(DebriefClaim),
  /** Claim numbers, hardest first (lowest detection rate). */
  hardestFirst: z.array(z.number().int()),
  segments: z.array(
    z.object({ start: z.number(), end: z.number(), claimNumbers: z.array(z.number()) }),
  ),
  trainees: z.array(DebriefTrainee),
  alpha: AlphaSchema,
});
export type Debrief = z.infer<typeof Debrief>;
