import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench } from '../../../../src-main/service/openWorkbench';
import { checkIntegrity } from '../../../../src-main/store/checkIntegrity';
import { countRows } from '../../../../src-main/store/countRows';
import { initial } from '../../../../src-main/store/migrations/0001-initial';
import { migrations } from '../../../../src-main/store/migrations/index';
import { openDatabase } from '../../../../src-main/store/openDatabase';
import { openStore } from '../../../../src-main/store/openStore';
import { makeTempDir } from '../../../helpers/tempWorkbench';

const TEXT =
  'The harbour handled 4 million tonnes last year. The mayor said ferries run 40 times a day.';

interface Tables {
  version: number;
  schema: unknown[];
  rows: Record<string, string[]>;
}

let dir: string;
let path: string;
let v1: Tables;

/** Every row of every table and every schema entry, read on a read-only connection. */
function readAll(file: string): Tables {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(checkIntegrity(db)).toEqual({ ok: true, problems: [] });
    const rows: Record<string, string[]> = {};
    for (const table of Object.keys(countRows(db))) {
      rows[table] = db
        .prepare(`SELECT * FROM "${table}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort();
    }
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      schema: db
        .prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name')
        .all(),
      rows,
    };
  } finally {
    db.close();
  }
}

/**
 * A version-1 file with data in every table. The data is written by the service itself (on a
 * current database, since the service needs the tables of 0002), then copied into a file that
 * has only migration 0001, as a user of the first release would have it.
 */
beforeAll(async () => {
  dir = makeTempDir('factdesk-0002-');
  path = join(dir, 'factdesk.sqlite');
  const sourcePath = join(dir, 'written-by-the-service.sqlite');
  let now = Date.parse('2026-01-10T09:00:00.000Z');
  const workbench = openWorkbench({
    dbPath: sourcePath,
    shell: 'test',
    appVersion: '0.1.0',
    clock: () => new Date((now += 1000)),
  });
  try {
    const { handlers } = workbench;
    await handlers['preferences.set']({
      patch: { checkerName: 'A. Ramos', organisationName: 'Harbour Fact Check' },
    });
    const article = await handlers['articles.create']({
      text: TEXT,
      meta: { title: 'Harbour figures', outlet: 'Port Gazette' },
    });
    await handlers['articles.update']({ id: article.id, patch: { methodology: 'Port data.' } });
    const tonnes = await handlers['claims.create']({
      articleId: article.id,
      start: 4,
      end: 47,
      claimant: 'Harbour board',
    });
    const ferries = await handlers['claims.create']({
      articleId: article.id,
      start: 49,
      end: TEXT.length - 1,
    });
    await handlers['verdicts.set']({ claimId: tonnes.id, ratingKey: 'true', conclusion: 'Yes.' });
    await handlers['verdicts.set']({
      claimId: ferries.id,
      ratingKey: null,
      conclusion: 'Unclear.',
    });
    const report = await handlers['sources.create']({
      fields: { title: 'Annual port report', url: 'https://port.example/report' },
    });
    await handlers['sources.attach']({ claimId: tonnes.id, sourceId: report.id });
    await handlers['sources.archive']({
      sourceId: report.id,
      fileName: 'report.txt',
      dataBase64: Buffer.from('4.0 million tonnes').toString('base64'),
    });
    await handlers['scales.save']({
      scale: {
        id: 'newsroom',
        name: 'Newsroom',
        kind: 'ordinal',
        ratings: [
          { key: 'right', label: 'Right', colour: '#1b7f3b', value: 2, shortcut: 'r' },
          { key: 'wrong', label: 'Wrong', colour: '#b00020', value: 1, shortcut: 'w' },
        ],
      },
    });
  } finally {
    workbench.close();
  }

  const db = openDatabase(path, { migrations: [initial] });
  try {
    db.pragma('foreign_keys = OFF');
    db.prepare('ATTACH DATABASE ? AS written').run(sourcePath);
    for (const table of Object.keys(countRows(db))) {
      // Only the columns version 1 has: later migrations may have added more.
      const columns = db
        .prepare(`SELECT name FROM pragma_table_info(?)`)
        .pluck()
        .all(table)
        .map((name) => `"${String(name)}"`)
        .join(', ');
      db.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM written."${table}"`);
    }
    db.exec('DETACH DATABASE written');
  } finally {
    db.close();
  }
  v1 = readAll(path);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0002 from a version-1 file with data in every table', () => {
  it('starts from version 1 with rows in every table of 0001', () => {
    expect(v1.version).toBe(1);
    const empty = Object.entries(v1.rows)
      .filter(([, rows]) => rows.length === 0)
      .map(([table]) => table);
    expect(empty, 'tables of 0001 left empty by the set-up').toEqual([]);
  });

  it('is taken to version 2 with every row and every 0001 schema entry unchanged', () => {
    openDatabase(path, { migrations: migrations.filter((m) => m.version <= 2) }).close();
    const v2 = readAll(path);
    expect(v2.version).toBe(2);
    for (const [table, rows] of Object.entries(v1.rows)) {
      expect(v2.rows[table], `rows of ${table}`).toEqual(rows);
    }
    // 0002 only adds: every table and index of 0001 is as it was, and the new ones are empty.
    expect(v2.schema).toEqual(expect.arrayContaining(v1.schema));
    const added = Object.keys(v2.rows).filter((table) => !(table in v1.rows));
    expect(added.sort()).toEqual([
      'training_attempts',
      'training_exercises',
      'training_key_claims',
      'training_keys',
    ]);
    for (const table of added) expect(v2.rows[table], table).toEqual([]);
  }, 120_000);

  it('serves the old data through the store after the upgrade', () => {
    const store = openStore(path);
    try {
      const [article] = store.articles.list();
      expect(article).toMatchObject({ title: 'Harbour figures' });
      const claims = store.claims.listByArticle(article?.id ?? -1);
      expect(claims.map((c) => c.verdict?.conclusion)).toEqual(['Yes.', 'Unclear.']);
      expect(claims[0]?.sources.map((s) => s.source.title)).toEqual(['Annual port report']);
    } finally {
      store.close();
    }
  }, 120_000);
});
