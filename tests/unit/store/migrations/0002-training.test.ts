import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initial } from '../../../../src-main/store/migrations/0001-initial';
import { training } from '../../../../src-main/store/migrations/0002-training';
import { SCHEMA_VERSION, migrations } from '../../../../src-main/store/migrations/index';
import { migrate } from '../../../../src-main/store/openDatabase';
import { openStore } from '../../../../src-main/store/openStore';
import { createTrainingStore } from '../../../../src-main/store/trainingStore';
import { makeTempDir } from '../../../helpers/tempWorkbench';

/** This step and the ones before it: later migrations have their own tests. */
const throughTraining = migrations.filter((m) => m.version <= 2);

let dir: string;
let path: string;
let db: Database.Database;

/** A version-1 file as a user of the first release would have it: an article with a key-to-be. */
beforeEach(() => {
  dir = makeTempDir();
  path = join(dir, 'v1.sqlite');
  db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db, [initial]);
  db.exec(`
    INSERT INTO articles (id, title, text, created_at, updated_at)
      VALUES (1, 'Harbour', 'The navy carried out 30 strikes.', 't0', 't0');
    INSERT INTO article_versions (article_id, version, text, sha256, created_at)
      VALUES (1, 1, 'The navy carried out 30 strikes.', '${'a'.repeat(64)}', 't0');
    INSERT INTO claims (id, article_id, start, "end", exact, prefix, suffix, anchored_version,
      created_at, updated_at) VALUES (7, 1, 4, 31, 'navy carried out 30 strikes', 'The ', '.', 1, 't0', 't0');
    INSERT INTO verdicts (claim_id, scale_id, rating_key, checked_at, article_version)
      VALUES (7, 'standard', 'true', 't0', 1);
    INSERT INTO sources (id, url, created_at, updated_at) VALUES (3, 'https://navy.example', 't0', 't0');
    INSERT INTO claim_sources (claim_id, source_id, tier, position) VALUES (7, 3, 3, 0);
  `);
});

afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0002: training', () => {
  it('is the second step, after the initial schema', () => {
    expect(migrations.slice(0, 2).map((m) => m.version)).toEqual([1, 2]);
    expect(migrations[1]).toBe(training);
  });

  it('takes a version-1 file with data to version 2 and leaves the data as it was', () => {
    const before = db.prepare('SELECT * FROM claims c JOIN verdicts v ON v.claim_id = c.id').all();
    expect(migrate(db, throughTraining)).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT * FROM claims c JOIN verdicts v ON v.claim_id = c.id').all()).toEqual(
      before,
    );
    expect(db.prepare('SELECT tier FROM claim_sources').pluck().get()).toBe(3);
  });

  it('holds a key, an exercise and an attempt, and drops them with their article', () => {
    migrate(db, throughTraining);
    const store = createTrainingStore(db);
    store.saveKey(
      1,
      1,
      { id: 'standard', name: 'Standard', kind: 'ordinal', builtin: true, ratings: [] },
      [
        {
          id: 7,
          start: 4,
          end: 31,
          exact: 'navy carried out 30 strikes',
          ratingKey: 'true',
          reasoning: '',
          sources: [{ url: 'https://navy.example', tier: 3 }],
        },
      ],
      't1',
    );
    store.addExercise({
      id: 'exercise-1',
      keyArticleId: 1,
      instructions: '',
      timeLimitMinutes: 15,
      createdAt: 't1',
    });
    expect(store.key(1)).toMatchObject({ locked: true, claims: [{ id: 7, ratingKey: 'true' }] });
    expect(store.exercise('exercise-1')).toMatchObject({ keyArticleId: 1, timeLimitMinutes: 15 });

    const insertAttempt = (trainee: string, minutes: number | null) =>
      store.addAttempt({
        articleId: 1,
        exerciseId: 'exercise-1',
        trainee,
        instructions: '',
        timeLimitMinutes: minutes,
        scaleId: 'standard',
        textSha256: 'a'.repeat(64),
        startedAt: 't2',
      });
    expect(() => insertAttempt('   ', null)).toThrow(/CHECK/);
    expect(() => insertAttempt('Ana', 0)).toThrow(/CHECK/);
    insertAttempt('Ana', 15);
    expect(store.attempt(1)).toMatchObject({ trainee: 'Ana', submittedAt: null });

    db.prepare('DELETE FROM articles WHERE id = 1').run();
    for (const table of [
      'training_keys',
      'training_key_claims',
      'training_exercises',
      'training_attempts',
    ]) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get()).toBe(0);
    }
  });

  it('runs when a version-1 file is opened by this build', () => {
    db.close();
    const store = openStore(path);
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(createTrainingStore(store.db).key(1)).toBeUndefined();
      expect(store.claims.get(7)?.verdict?.ratingKey).toBe('true');
    } finally {
      store.close();
    }
  });
});
