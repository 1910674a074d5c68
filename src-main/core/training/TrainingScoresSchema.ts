import { z } from 'zod';
import type { TrainingScores } from './scoreTraining';

/**
 * The zod form of `TrainingScores`, for the contract's output table. The assertions below
 * keep it and the engine's own types from drifting apart.
 */
const Share = z.number().nullable();
const PrecisionRecallF1Schema = z.object({ precision: Share, recall: Share, f1: z.number() });

const KappaSchema = z.union([
  z.object({ value: z.number(), pairs: z.number() }),
  z.object({
    value: z.null(),
    reason: z.enum([
      'too few claims',
      'scale has fewer than two ordinal steps',
      'no expected disagreement',
    ]),
    pairs: z.number(),
  }),
]);

export const AlphaSchema = z.union([
  z.object({ value: z.number(), pairableValues: z.number() }),
  z.object({
    value: z.null(),
    reason: z.enum(['no pairable values', 'no variation']),
    pairableValues: z.number(),
  }),
]);

export const RatingCountSchema = z.object({ ratingKey: z.string().nullable(), count: z.number() });

export const TraineeScoreSchema = z.object({
  name: z.string(),
  strict: PrecisionRecallF1Schema,
  lenient: PrecisionRecallF1Schema,
  correct: z.number(),
  partial: z.number(),
  missed: z.number(),
  spurious: z.number(),
  verdictAccuracy: Share,
  offByOneRate: Share,
  confusion: z.object({
    ratings: z.array(z.string().nullable()),
    counts: z.array(z.array(z.number())),
  }),
  kappa: KappaSchema,
  sourceCoverage: Share,
  bestTiers: z.array(z.object({ claimId: z.number(), tier: z.number().nullable() })),
  disallowedCited: z.number(),
  secondsTaken: z.number(),
});

export const TrainingScoresSchema = z.object({
  trainees: z.array(TraineeScoreSchema),
  claims: z.array(
    z.object({
      id: z.number(),
      exact: z.string(),
      detectionRate: Share,
      verdictSpread: z.array(RatingCountSchema),
    }),
  ),
  alpha: AlphaSchema,
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails to compile when the schema and `TrainingScores` describe different shapes. */
export type TrainingScoresSchemaMatchesEngine = Assert<
  Same<z.infer<typeof TrainingScoresSchema>, TrainingScores>
>;
