import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimNumbers } from '../../../../src-main/store/migrations/0004-claim-numbers';
import { SCHEMA_VERSION, migrations } from '../../../../src-main/store/migrations/index';
import { migrate } from '../../../../src-main/store/openDatabase';
import { openStore } from '../../../../src-main/store/openStore';
import { makeTempDir } from '../../../helpers/tempWorkbench';

let dir: string;
let path: string;
let db: Database.Database;

/** The steps before this one and through it: later migrations need no edit here. */
const before = migrations.filter((m) => m.version < claimNumbers.version);
const through = migrations.filter((m) => m.version <= claimNumbers.version);

const TEXT = 'The navy carried out 30 strikes. The toll rose to 110. Officials disagreed.';

/**
 * A file from before this step as a user would have it: two articles; in the first,
 * claims whose ids do not follow the order they were marked in, and one deleted claim.
 */
beforeEach(() => {
  dir = makeTempDir('factdesk-0004-');
  path = join(dir, 'before.sqlite');
  db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db, before);
  const claim = (id: number, articleId: number, start: number, end: number, created: string) =>
    `INSERT INTO claims (id, article_id, start, "end", exact, prefix, suffix, anchored_version,
       text_changed_since_verdict, created_at, updated_at, deleted_at)
     VALUES (${id}, ${articleId}, ${start}, ${end}, '${TEXT.slice(start, end)}', '', '', 1,
       ${id === 3 ? 1 : 0}, '${created}', '${created}', ${id === 10 ? `'t9'` : 'NULL'});`;
  db.exec(`
    INSERT INTO articles (id, title, text, created_at, updated_at)
      VALUES (1, 'Strikes', '${TEXT}', 't0', 't0'), (2, 'Other', '${TEXT}', 't0', 't0');
    INSERT INTO article_versions (article_id, version, text, sha256, created_at)
      VALUES (1, 1, '${TEXT}', '${'a'.repeat(64)}', 't0'), (2, 1, '${TEXT}', '${'a'.repeat(64)}', 't0');
    ${claim(3, 1, 4, 31, '2026-01-02T00:00:00.000Z')}
    ${claim(5, 1, 33, 54, '2026-01-01T00:00:00.000Z')}
    ${claim(9, 1, 0, 3, '2026-01-03T00:00:00.000Z')}
    ${claim(10, 1, 56, 75, '2026-01-04T00:00:00.000Z')}
    ${claim(4, 2, 4, 31, '2026-01-05T00:00:00.000Z')}
    INSERT INTO verdicts (claim_id, scale_id, rating_key, checked_at, article_version)
      VALUES (3, 'standard', 'true', 't0', 1);
  `);
});

afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every column that version 2 had, so the comparison ignores what this step adds. */
const V2_CLAIM_COLUMNS = `id, article_id, start, "end", exact, prefix, suffix, anchored_version,
  anchor_state, text_changed_since_verdict, claimant, claim_date, appearance_url, kind, status,
  assignee, tags, notes, created_at, updated_at, deleted_at`;

describe('migration 0004: stable claim numbers', () => {
  it('is the fourth step, listed once', () => {
    expect(claimNumbers.version).toBe(4);
    expect(migrations.filter((m) => m === claimNumbers)).toHaveLength(1);
    expect(migrations[claimNumbers.version - 1]).toBe(claimNumbers);
  });

  it('numbers existing claims per article in the order they were marked, deleted ones too', () => {
    const rows = db.prepare(`SELECT ${V2_CLAIM_COLUMNS} FROM claims ORDER BY id`).all();
    expect(migrate(db, through)).toBe(4);
    const numbers = db
      .prepare('SELECT id, article_id, number FROM claims ORDER BY article_id, number')
      .all();
    expect(numbers).toEqual([
      { id: 5, article_id: 1, number: 1 },
      { id: 3, article_id: 1, number: 2 },
      { id: 9, article_id: 1, number: 3 },
      { id: 10, article_id: 1, number: 4 },
      { id: 4, article_id: 2, number: 1 },
    ]);
    expect(
      db.prepare('SELECT DISTINCT moved_since_verdict, anchor_review FROM claims').all(),
    ).toEqual([{ moved_since_verdict: 0, anchor_review: null }]);
    expect(db.prepare(`SELECT ${V2_CLAIM_COLUMNS} FROM claims ORDER BY id`).all()).toEqual(rows);
  });

  it('refuses two claims with one number in an article, and an unknown review reason', () => {
    migrate(db, through);
    expect(() => db.prepare('UPDATE claims SET number = 1 WHERE id = 3').run()).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare(`UPDATE claims SET anchor_review = 'maybe' WHERE id = 3`).run(),
    ).toThrow(/CHECK/);
  });

  it('gives a newly marked claim the next number, never the number of a deleted claim', () => {
    db.close();
    const store = openStore(path);
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      const id = store.transaction(() =>
        store.claims.insert(
          1,
          {
            start: 56,
            end: 75,
            exact: 'Officials disagreed',
            prefix: '',
            suffix: '.',
            anchoredVersion: 1,
            anchorState: 'attached',
          },
          {},
          '2026-02-01T00:00:00.000Z',
        ),
      );
      expect(store.claims.get(id)?.number).toBe(5);
      expect(store.claims.get(3)).toMatchObject({
        number: 2,
        textChangedSinceVerdict: true,
        movedSinceVerdict: false,
        anchorReview: null,
        verdict: { ratingKey: 'true' },
      });
      expect(store.claims.listByArticle(2).map((claim) => claim.number)).toEqual([1]);
    } finally {
      store.close();
    }
  });
});
