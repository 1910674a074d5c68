import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { RatingScale } from '../core/model';
import type { KeyClaim } from '../core/training/trainingInput';
import { KeySource } from '../core/training/trainingInput';
import { parseStoredJson } from './fieldTable';

const KeySources = z.array(KeySource);

export interface StoredKey {
  articleId: number;
  articleVersion: number;
  scale: RatingScale;
  locked: boolean;
  createdAt: string;
  lockedAt: string;
  /** In text order. */
  claims: KeyClaim[];
}

export interface StoredExercise {
  id: string;
  keyArticleId: number;
  instructions: string;
  timeLimitMinutes: number | null;
  createdAt: string;
}

export interface StoredAttempt {
  articleId: number;
  exerciseId: string;
  trainee: string;
  instructions: string;
  timeLimitMinutes: number | null;
  scaleId: string;
  textSha256: string;
  startedAt: string;
  submittedAt: string | null;
}

interface KeyRow {
  article_id: number;
  article_version: number;
  scale: string;
  locked: number;
  created_at: string;
  locked_at: string;
}

interface KeyClaimRow {
  claim_id: number;
  start: number;
  end: number;
  exact: string;
  rating_key: string | null;
  reasoning: string;
  sources: string;
}

interface ExerciseRow {
  id: string;
  key_article_id: number;
  instructions: string;
  time_limit_minutes: number | null;
  created_at: string;
}

interface AttemptRow {
  article_id: number;
  exercise_id: string;
  trainee: string;
  instructions: string;
  time_limit_minutes: number | null;
  scale_id: string;
  text_sha256: string;
  started_at: string;
  submitted_at: string | null;
}

/** Training keys, exercises and attempts: the tables of migration 0002. */
export function createTrainingStore(db: Database) {
  const keyRow = db.prepare<[number], KeyRow>('SELECT * FROM training_keys WHERE article_id = ?');
  const keyClaimRows = db.prepare<[number], KeyClaimRow>(
    `SELECT claim_id, start, "end", exact, rating_key, reasoning, sources
     FROM training_key_claims WHERE article_id = ? ORDER BY start, "end" DESC, claim_id`,
  );
  const deleteKeyClaims = db.prepare('DELETE FROM training_key_claims WHERE article_id = ?');
  const upsertKey = db.prepare(
    `INSERT INTO training_keys (article_id, article_version, scale, locked, created_at, locked_at)
     VALUES (@articleId, @articleVersion, @scale, 1, @at, @at)
     ON CONFLICT (article_id) DO UPDATE SET article_version = excluded.article_version,
       scale = excluded.scale, locked = 1, locked_at = excluded.locked_at`,
  );
  const insertKeyClaim = db.prepare(
    `INSERT INTO training_key_claims (article_id, claim_id, start, "end", exact, rating_key,
       reasoning, sources)
     VALUES (@articleId, @claimId, @start, @end, @exact, @ratingKey, @reasoning, @sources)`,
  );
  const setReasoning = db.prepare(
    'UPDATE training_key_claims SET reasoning = ? WHERE article_id = ? AND claim_id = ?',
  );
  const setLocked = db.prepare('UPDATE training_keys SET locked = ? WHERE article_id = ?');
  const insertExercise = db.prepare(
    `INSERT INTO training_exercises (id, key_article_id, instructions, time_limit_minutes,
       created_at) VALUES (@id, @keyArticleId, @instructions, @timeLimitMinutes, @createdAt)`,
  );
  const exerciseRow = db.prepare<[string], ExerciseRow>(
    'SELECT * FROM training_exercises WHERE id = ?',
  );
  const insertAttempt = db.prepare(
    `INSERT INTO training_attempts (article_id, exercise_id, trainee, instructions,
       time_limit_minutes, scale_id, text_sha256, started_at)
     VALUES (@articleId, @exerciseId, @trainee, @instructions, @timeLimitMinutes, @scaleId,
       @textSha256, @startedAt)`,
  );
  const attemptRow = db.prepare<[number], AttemptRow>(
    'SELECT * FROM training_attempts WHERE article_id = ?',
  );
  const markSubmitted = db.prepare(
    'UPDATE training_attempts SET submitted_at = ? WHERE article_id = ?',
  );

  return {
    key(articleId: number): StoredKey | undefined {
      const row = keyRow.get(articleId);
      if (!row) return undefined;
      return {
        articleId: row.article_id,
        articleVersion: row.article_version,
        scale: parseStoredJson(RatingScale, row.scale, () => `training_keys.scale of ${articleId}`),
        locked: row.locked === 1,
        createdAt: row.created_at,
        lockedAt: row.locked_at,
        claims: keyClaimRows.all(articleId).map((claim) => ({
          id: claim.claim_id,
          start: claim.start,
          end: claim.end,
          exact: claim.exact,
          ratingKey: claim.rating_key,
          reasoning: claim.reasoning,
          sources: parseStoredJson(
            KeySources,
            claim.sources,
            () => `training_key_claims.sources of ${articleId}/${claim.claim_id}`,
          ),
        })),
      };
    },
    /** Replaces the whole snapshot and locks it. */
    saveKey(
      articleId: number,
      articleVersion: number,
      scale: RatingScale,
      claims: readonly KeyClaim[],
      at: string,
    ): void {
      upsertKey.run({ articleId, articleVersion, scale: JSON.stringify(scale), at });
      deleteKeyClaims.run(articleId);
      for (const claim of claims) {
        insertKeyClaim.run({
          articleId,
          claimId: claim.id,
          start: claim.start,
          end: claim.end,
          exact: claim.exact,
          ratingKey: claim.ratingKey,
          reasoning: claim.reasoning,
          sources: JSON.stringify(claim.sources),
        });
      }
    },
    setReasoning(articleId: number, claimId: number, reasoning: string): boolean {
      return setReasoning.run(reasoning, articleId, claimId).changes > 0;
    },
    setLocked(articleId: number, locked: boolean): void {
      setLocked.run(locked ? 1 : 0, articleId);
    },
    addExercise(exercise: StoredExercise): void {
      insertExercise.run({ ...exercise });
    },
    exercise(id: string): StoredExercise | undefined {
      const row = exerciseRow.get(id);
      return row
        ? {
            id: row.id,
            keyArticleId: row.key_article_id,
            instructions: row.instructions,
            timeLimitMinutes: row.time_limit_minutes,
            createdAt: row.created_at,
          }
        : undefined;
    },
    addAttempt(attempt: Omit<StoredAttempt, 'submittedAt'>): void {
      insertAttempt.run({ ...attempt });
    },
    attempt(articleId: number): StoredAttempt | undefined {
      const row = attemptRow.get(articleId);
      return row
        ? {
            articleId: row.article_id,
            exerciseId: row.exercise_id,
            trainee: row.trainee,
            instructions: row.instructions,
            timeLimitMinutes: row.time_limit_minutes,
            scaleId: row.scale_id,
            textSha256: row.text_sha256,
            startedAt: row.started_at,
            submittedAt: row.submitted_at,
          }
        : undefined;
    },
    markSubmitted(articleId: number, at: string): void {
      markSubmitted.run(at, articleId);
    },
  };
}

export type TrainingStore = ReturnType<typeof createTrainingStore>;
