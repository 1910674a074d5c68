import { z } from 'zod';
import { limits } from '../limits';
import { RatingScale, Sha256 } from '../model';

export const EXERCISE_FORMAT = 'factdesk-exercise';
export const EXERCISE_VERSION = 1;

/**
 * What a trainee receives: the article and the rules of the exercise, and nothing of the
 * answer key. It travels by USB stick or shared folder, so it is parsed like any outside input.
 */
export const ExerciseFile = z.object({
  format: z.literal(EXERCISE_FORMAT, {
    error: 'this is not a Factdesk exercise file (format must be "factdesk-exercise")',
  }),
  version: z.literal(EXERCISE_VERSION, {
    error: `this exercise was made by another version of Factdesk (this one reads version ${EXERCISE_VERSION})`,
  }),
  exerciseId: z.string().min(8).max(100),
  createdAt: z.string().max(40),
  article: z.object({
    title: z.string().max(500),
    outlet: z.string().max(300),
    url: z.string().max(2000),
    author: z.string().max(500),
    publishedAt: z.string().max(40),
    language: z.string().max(35),
    text: z.string().min(1).max(limits.articleChars),
    /** Attempts carry it back, so a trainer can tell that everyone judged the same text. */
    textSha256: Sha256,
  }),
  instructions: z.string().max(20_000),
  timeLimitMinutes: z
    .number()
    .int()
    .positive()
    .max(24 * 60)
    .nullable(),
  scale: RatingScale,
});
export type ExerciseFile = z.infer<typeof ExerciseFile>;
