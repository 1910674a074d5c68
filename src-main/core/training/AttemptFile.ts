import { z } from 'zod';
import { Sha256 } from '../model';
import { TraineeClaim } from './trainingInput';

export const ATTEMPT_FORMAT = 'factdesk-attempt';
export const ATTEMPT_VERSION = 1;

/**
 * What a trainee hands back. It is a TraineeAttempt (trainee, claims, secondsTaken) plus what
 * the trainer needs to trust it: which exercise, which text, and when it was done.
 */
export const AttemptFile = z.object({
  format: z.literal(ATTEMPT_FORMAT, {
    error: 'this is not a Factdesk attempt file (format must be "factdesk-attempt")',
  }),
  version: z.literal(ATTEMPT_VERSION, {
    error: `this attempt was made by another version of Factdesk (this one reads version ${ATTEMPT_VERSION})`,
  }),
  exerciseId: z.string().min(8).max(100),
  trainee: z.string().trim().min(1).max(200),
  textSha256: Sha256,
  startedAt: z.string().max(40),
  submittedAt: z.string().max(40),
  secondsTaken: z.number().nonnegative().finite(),
  timeLimitMinutes: z.number().int().positive().nullable(),
  claims: z.array(TraineeClaim).max(10_000),
});
export type AttemptFile = z.infer<typeof AttemptFile>;
