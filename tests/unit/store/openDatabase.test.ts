import Database from 'better-sqlite3';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseRefusedError } from '../../../src-main/store/DatabaseRefusedError';
import { openDatabase } from '../../../src-main/store/openDatabase';
import { SCHEMA_VERSION, migrations } from '../../../src-main/store/migrations/index';
import type { Migration } from '../../../src-main/store/migrations/Migration';
import { makeTempDir } from '../../helpers/tempWorkbench';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function refusal(path: string): DatabaseRefusedError {
  try {
    openDatabase(path).close();
  } catch (error) {
    if (error instanceof DatabaseRefusedError) return error;
    throw error;
  }
  throw new Error('the file was not refused');
}

describe('openDatabase', () => {
  it('creates a new database with WAL, foreign keys, a busy timeout and the latest schema', () => {
    const db = openDatabase(join(dir, 'nested', 'new.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'articles',
        'article_versions',
        'claims',
        'verdicts',
        'rating_scales',
        'sources',
        'archives',
        'claim_sources',
        'audit_log',
      ]),
    );
    db.close();
  });

  it('refuses a file that is not SQLite and leaves it byte-for-byte untouched', () => {
    const path = join(dir, 'garbage.sqlite');
    const garbage = Buffer.from('This is a shopping list, not a database.\n'.repeat(100));
    writeFileSync(path, garbage);
    const error = refusal(path);
    expect(error.reason).toBe('not_sqlite');
    expect(error.message).toContain('not a SQLite database');
    expect(readFileSync(path).equals(garbage)).toBe(true);
  });

  it('refuses a zero-byte file without writing to it', () => {
    const path = join(dir, 'empty.sqlite');
    writeFileSync(path, '');
    expect(refusal(path).reason).toBe('damaged');
    expect(readFileSync(path).length).toBe(0);
  });

  it('refuses a truncated database file untouched', () => {
    const path = join(dir, 'full.sqlite');
    const db = openDatabase(path);
    db.prepare(
      "INSERT INTO articles (title, text, created_at, updated_at) VALUES ('t', 'x', 'a', 'a')",
    ).run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const truncatedPath = join(dir, 'truncated.sqlite');
    const full = readFileSync(path);
    const truncated = full.subarray(0, 4096 + 100);
    writeFileSync(truncatedPath, truncated);
    const error = refusal(truncatedPath);
    expect(error.reason).toBe('damaged');
    expect(readFileSync(truncatedPath).equals(truncated)).toBe(true);
  });

  it('refuses a database from a newer Factdesk, saying so, and leaves it untouched', () => {
    const path = join(dir, 'newer.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(path);
    const error = refusal(path);
    expect(error.reason).toBe('newer_version');
    expect(error.message).toMatch(/newer version of Factdesk/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('runs all pending migrations in one transaction: a failure leaves the old version intact', () => {
    const path = join(dir, 'migrating.sqlite');
    openDatabase(path).close();
    const failing: Migration = {
      version: SCHEMA_VERSION + 1,
      name: 'adds a table, then fails',
      up(db) {
        db.exec('CREATE TABLE half_done (x)');
        throw new Error('disk on fire');
      },
    };
    expect(() => openDatabase(path, { migrations: [...migrations, failing] })).toThrow(
      'disk on fire',
    );
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(
      db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get(),
    ).toBe(0);
    db.close();
  });
});
