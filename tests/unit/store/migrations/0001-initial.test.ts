import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initial } from '../../../../src-main/store/migrations/0001-initial';
import { migrate } from '../../../../src-main/store/openDatabase';
import { makeTempDir } from '../../../helpers/tempWorkbench';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = makeTempDir();
  db = new Database(join(dir, 'v0.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0001: initial schema', () => {
  it('takes an empty version-0 file to version 1', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(migrate(db, [initial])).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('enforces the domain: claim states, spans and cascades', () => {
    migrate(db, [initial]);
    db.prepare(
      `INSERT INTO articles (id, title, text, created_at, updated_at)
       VALUES (1, 'A', 'some text', 'now', 'now')`,
    ).run();
    const insertClaim = db.prepare(
      `INSERT INTO claims (article_id, start, "end", exact, prefix, suffix, anchored_version,
         anchor_state, created_at, updated_at)
       VALUES (1, ?, ?, 'x', '', '', 1, ?, 'now', 'now')`,
    );
    insertClaim.run(0, 4, 'attached');
    expect(() => insertClaim.run(0, 4, 'drifting')).toThrow(/CHECK/);
    expect(() => insertClaim.run(5, 4, 'attached')).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO claims (article_id, start, "end", exact, prefix, suffix, anchored_version,
             created_at, updated_at) VALUES (99, 0, 1, 'x', '', '', 1, 'now', 'now')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT COUNT(*) FROM claims').pluck().get()).toBe(0);
  });
});
