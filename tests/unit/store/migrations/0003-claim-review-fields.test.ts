import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimReviewFields } from '../../../../src-main/store/migrations/0003-claim-review-fields';
import { SCHEMA_VERSION, migrations } from '../../../../src-main/store/migrations/index';
import { migrate } from '../../../../src-main/store/openDatabase';
import { openStore } from '../../../../src-main/store/openStore';
import { makeTempDir } from '../../../helpers/tempWorkbench';

/** The steps before this one, and through it: later migrations have their own tests. */
const before = migrations.filter((m) => m.version < claimReviewFields.version);
const through = migrations.filter((m) => m.version <= claimReviewFields.version);

let dir: string;
let path: string;
let db: Database.Database;

/** A file one step before this migration, with an article, a rated claim and a source. */
beforeEach(() => {
  dir = makeTempDir();
  path = join(dir, 'before.sqlite');
  db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db, before);
  db.exec(`
    INSERT INTO articles (id, title, text, url, created_at, updated_at)
      VALUES (1, 'Harbour', 'The navy carried out 30 strikes.', 'https://ledger.example/a', 't0', 't0');
    INSERT INTO article_versions (article_id, version, text, sha256, created_at)
      VALUES (1, 1, 'The navy carried out 30 strikes.', '${'a'.repeat(64)}', 't0');
    INSERT INTO claims (id, article_id, start, "end", exact, prefix, suffix, anchored_version,
      claimant, appearance_url, created_at, updated_at)
      VALUES (7, 1, 4, 31, 'navy carried out 30 strikes', 'The ', '.', 1, 'The admiral',
        'https://tv.example/briefing', 't0', 't0');
    INSERT INTO verdicts (claim_id, scale_id, rating_key, checked_at, article_version)
      VALUES (7, 'standard', 'true', 't0', 1);
  `);
});

afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration: ClaimReview fields', () => {
  it('is one step, right after the ones before it', () => {
    expect(through.at(-1)).toBe(claimReviewFields);
    expect(migrations.filter((m) => m === claimReviewFields)).toHaveLength(1);
    expect(claimReviewFields.version).toBe(before.length + 1);
  });

  it('adds the fields empty (claimant kind unknown) and leaves the data as it was', () => {
    const claimBefore = db.prepare('SELECT * FROM claims WHERE id = 7').get() as object;
    const articleBefore = db.prepare('SELECT * FROM articles WHERE id = 1').get() as object;
    expect(migrate(db, through)).toBe(claimReviewFields.version);
    expect(db.prepare('SELECT * FROM claims WHERE id = 7').get()).toEqual({
      ...claimBefore,
      reviewed_as: '',
      claimant_kind: 'unknown',
      appearance_title: '',
      appearance_outlet: '',
      appearance_date: '',
    });
    expect(db.prepare('SELECT * FROM articles WHERE id = 1').get()).toEqual({
      ...articleBefore,
      fact_check_url: '',
      fact_check_published_at: '',
    });
  });

  it('refuses a claimant kind that is neither person nor organization', () => {
    migrate(db, through);
    const setKind = db.prepare('UPDATE claims SET claimant_kind = ? WHERE id = 7');
    expect(() => setKind.run('robot')).toThrow(/CHECK/);
    setKind.run('organization');
    expect(db.prepare('SELECT claimant_kind FROM claims').pluck().get()).toBe('organization');
  });

  it('runs when an older file is opened by this build, and the store reads the new fields', () => {
    db.close();
    const store = openStore(path);
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(store.claims.get(7)).toMatchObject({
        claimant: 'The admiral',
        claimantKind: 'unknown',
        reviewedAs: '',
        appearanceUrl: 'https://tv.example/briefing',
        appearanceTitle: '',
        verdict: { ratingKey: 'true' },
      });
      expect(store.articles.get(1)).toMatchObject({ factCheckUrl: '', factCheckPublishedAt: '' });
    } finally {
      store.close();
    }
  });
});
