import type { Migration } from './Migration';

/**
 * Training mode. A key is a snapshot, not a view of the article's claims: once locked, editing
 * the article's claims, verdicts or sources cannot change what trainees are scored against.
 * An attempt is an ordinary article plus a row saying whose attempt at which exercise it is.
 */
export const training: Migration = {
  version: 2,
  name: 'training keys, exercises and attempts',
  up(db) {
    db.exec(`
      CREATE TABLE training_keys (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        article_version INTEGER NOT NULL,
        scale TEXT NOT NULL,
        locked INTEGER NOT NULL DEFAULT 1 CHECK (locked IN (0, 1)),
        created_at TEXT NOT NULL,
        locked_at TEXT NOT NULL
      );

      CREATE TABLE training_key_claims (
        article_id INTEGER NOT NULL REFERENCES training_keys(article_id) ON DELETE CASCADE,
        claim_id INTEGER NOT NULL,
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end >= start),
        exact TEXT NOT NULL,
        rating_key TEXT,
        reasoning TEXT NOT NULL DEFAULT '',
        sources TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (article_id, claim_id)
      );

      CREATE TABLE training_exercises (
        id TEXT PRIMARY KEY,
        key_article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        instructions TEXT NOT NULL DEFAULT '',
        time_limit_minutes INTEGER CHECK (time_limit_minutes IS NULL OR time_limit_minutes > 0),
        created_at TEXT NOT NULL
      );
      CREATE INDEX training_exercises_by_key ON training_exercises(key_article_id);

      CREATE TABLE training_attempts (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        exercise_id TEXT NOT NULL,
        trainee TEXT NOT NULL CHECK (length(trim(trainee)) > 0),
        instructions TEXT NOT NULL DEFAULT '',
        time_limit_minutes INTEGER CHECK (time_limit_minutes IS NULL OR time_limit_minutes > 0),
        scale_id TEXT NOT NULL,
        text_sha256 TEXT NOT NULL,
        started_at TEXT NOT NULL,
        submitted_at TEXT
      );
    `);
  },
};
