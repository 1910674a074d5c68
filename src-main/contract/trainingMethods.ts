import { z } from 'zod';
import { Id, IsoTimestamp, RatingScale, Sha256 } from '../core/model';
import { AttemptFile } from '../core/training/AttemptFile';
import { Debrief } from '../core/training/Debrief';
import { ExerciseFile } from '../core/training/ExerciseFile';
import { TrainingScoresSchema } from '../core/training/TrainingScoresSchema';
import { KeyClaim } from '../core/training/trainingInput';
import { method } from './method';
import { RenderedFileOf } from './reportMethods';

const ByArticle = z.object({ articleId: Id }).strict();

export const TrainingKey = z.object({
  articleId: Id,
  /** The article version the key was made on; scores are computed against that text. */
  articleVersion: z.number().int().positive(),
  textSha256: Sha256,
  scale: RatingScale,
  locked: z.boolean(),
  createdAt: IsoTimestamp,
  lockedAt: IsoTimestamp,
  claims: z.array(KeyClaim),
});
export type TrainingKey = z.infer<typeof TrainingKey>;

export const TrainingAttemptInfo = z.object({
  articleId: Id,
  exerciseId: z.string(),
  trainee: z.string(),
  instructions: z.string(),
  timeLimitMinutes: z.number().int().nullable(),
  scaleId: z.string(),
  startedAt: IsoTimestamp,
  submittedAt: IsoTimestamp.nullable(),
});
export type TrainingAttemptInfo = z.infer<typeof TrainingAttemptInfo>;

export const TrainingStatus = z.object({
  key: z
    .object({ locked: z.boolean(), lockedAt: IsoTimestamp, claimCount: z.number().int() })
    .nullable(),
  attempt: TrainingAttemptInfo.nullable(),
});
export type TrainingStatus = z.infer<typeof TrainingStatus>;

const Attempts = z.array(AttemptFile).max(500);

export const DebriefFormat = z.enum(['html', 'csv', 'pdf']);
export type DebriefFormat = z.infer<typeof DebriefFormat>;

export const DebriefFile = RenderedFileOf(DebriefFormat);
export type DebriefFile = z.infer<typeof DebriefFile>;

/** Training methods of the contract; merged into the one table in methods.ts. */
export const trainingMethods = {
  'training.status': method(
    ByArticle,
    TrainingStatus,
    'Whether the article has an answer key, and whether it is a trainee’s exercise attempt.',
  ),
  'training.makeKey': method(
    ByArticle,
    TrainingKey,
    'Snapshot the article’s claims, verdicts and sources as the answer key, and lock it.',
  ),
  'training.getKey': method(ByArticle, TrainingKey, 'The article’s answer key.'),
  'training.setReasoning': method(
    z.object({ articleId: Id, claimId: Id, reasoning: z.string().max(20_000) }).strict(),
    TrainingKey,
    'The reasoning shown for a key claim at the debrief; it does not change any score.',
  ),
  'training.unlockKey': method(
    ByArticle,
    TrainingKey,
    'Unlock the key so that it can be made again from the article’s current claims.',
  ),
  'training.exportExercise': method(
    z
      .object({
        articleId: Id,
        instructions: z.string().max(20_000).optional(),
        timeLimitMinutes: z
          .number()
          .int()
          .positive()
          .max(24 * 60)
          .optional(),
      })
      .strict(),
    ExerciseFile,
    'The exercise file for trainees: text, metadata, instructions and scale, never the key.',
  ),
  'training.start': method(
    z.object({ exercise: ExerciseFile, trainee: z.string().trim().min(1).max(200) }).strict(),
    z.object({
      articleId: Id,
      exerciseId: z.string(),
      trainee: z.string(),
      startedAt: IsoTimestamp,
      /** True when the exercise's scale became the default so that verdicts use it. */
      scaleSwitched: z.boolean(),
    }),
    'Open an exercise file as a new attempt article in exercise mode.',
  ),
  'training.submit': method(
    ByArticle,
    AttemptFile,
    'The attempt file: the trainee’s claims, verdicts, sources and time taken.',
  ),
  'training.score': method(
    z.object({ keyArticleId: Id, attempts: Attempts }).strict(),
    TrainingScoresSchema,
    'Score attempt files against the key.',
  ),
  'training.reveal': method(
    z.object({ keyArticleId: Id, attempts: Attempts, anonymise: z.boolean().optional() }).strict(),
    Debrief,
    'The debrief: the key with detection rates and verdict spreads, and per-trainee scores.',
  ),
  'training.debrief': method(
    z
      .object({
        keyArticleId: Id,
        attempts: Attempts,
        format: DebriefFormat,
        anonymise: z.boolean().optional(),
      })
      .strict(),
    DebriefFile,
    'The debrief as a file: self-contained HTML, CSV, or PDF.',
  ),
} as const;
