import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench } from '../../../src-main/service/openWorkbench';
import { checkIntegrity } from '../../../src-main/store/checkIntegrity';
import { countRows } from '../../../src-main/store/countRows';
import { SCHEMA_VERSION } from '../../../src-main/store/migrations/index';
import { bundleScript } from '../../helpers/bundleScript';
import {
  KILL_TEST_COLUMN,
  KILL_TEST_TABLE,
  PROGRESS_EVERY,
} from '../../helpers/migrationKillerMigration';
import { makeTempDir } from '../../helpers/tempWorkbench';

/** Far more rows than a killed run ever reaches, so every kill lands before the commit. */
const ROWS_WHEN_KILLED = 5_000_000;
const ROWS_WHEN_COMPLETED = 3 * PROGRESS_EVERY;

/** Where each life is killed: after it printed `after`, and `delayMs` later. */
const KILLS: { after: string; delayMs: number }[] = [
  { after: 'started', delayMs: 0 },
  { after: 'created', delayMs: 0 },
  { after: 'altered', delayMs: 0 },
  { after: 'altered', delayMs: 15 },
  { after: `rows ${PROGRESS_EVERY}`, delayMs: 0 },
  { after: `rows ${2 * PROGRESS_EVERY}`, delayMs: 40 },
  { after: `rows ${5 * PROGRESS_EVERY}`, delayMs: 0 },
  { after: `rows ${10 * PROGRESS_EVERY}`, delayMs: 0 },
  { after: `rows ${10 * PROGRESS_EVERY}`, delayMs: 120 },
];

interface Snapshot {
  version: number;
  schema: unknown[];
  tables: Record<string, string[]>;
  counts: Record<string, number>;
}

let killer: { file: string; dir: string };
let dir: string;
let dbPath: string;
let before: Snapshot;

/** Every row of every table, order-independent, read on a read-only connection. */
function snapshot(path: string): Snapshot {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    expect(checkIntegrity(db)).toEqual({ ok: true, problems: [] });
    const schema = db
      .prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name')
      .all();
    const counts = countRows(db);
    const tables: Record<string, string[]> = {};
    for (const name of Object.keys(counts)) {
      tables[name] = db
        .prepare(`SELECT * FROM "${name}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort();
    }
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      schema,
      tables,
      counts,
    };
  } finally {
    db.close();
  }
}

/** A version-N database as a user would have it: articles, claims, verdicts and sources. */
async function seed(path: string): Promise<void> {
  let now = Date.parse('2026-03-04T10:00:00.000Z');
  const workbench = openWorkbench({
    dbPath: path,
    shell: 'test',
    appVersion: '0.0.0-test',
    clock: () => new Date((now += 1000)),
  });
  try {
    const { handlers } = workbench;
    for (let a = 0; a < 3; a++) {
      const text = `Article ${a}: the harbour handled ${a + 2} million tonnes and 40 ferries a day.`;
      const article = await handlers['articles.create']({ text, meta: { title: `Harbour ${a}` } });
      for (let c = 0; c < 4; c++) {
        const claim = await handlers['claims.create']({
          articleId: article.id,
          start: 12 + c,
          end: 30 + c,
          claimant: `Minister ${c}`,
        });
        await handlers['verdicts.set']({
          claimId: claim.id,
          ratingKey: null,
          conclusion: `Checked ${a}.${c}`,
        });
        const source = await handlers['sources.create']({
          fields: { title: `Port report ${a}.${c}`, url: `https://port.example/${a}/${c}` },
        });
        await handlers['sources.attach']({ claimId: claim.id, sourceId: source.id });
      }
    }
  } finally {
    workbench.close();
  }
}

interface Run {
  output: () => string;
  errors: () => string;
  seen: (line: string) => Promise<void>;
  kill: () => void;
  closed: Promise<number | null>;
}

function run(rows: number): Run {
  const child = spawn(process.execPath, [killer.file, dbPath, String(rows)], { stdio: 'pipe' });
  let output = '';
  let errors = '';
  const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const seen = (line: string) =>
    new Promise<void>((resolveSeen, reject) => {
      const check = () => {
        if (output.split('\n').includes(line)) resolveSeen();
      };
      child.stdout.on('data', check);
      check();
      void closed.then(() =>
        reject(new Error(`the child exited before "${line}": ${output} ${errors}`)),
      );
    });
  return {
    output: () => output,
    errors: () => errors,
    seen,
    kill: () => child.kill('SIGKILL'),
    closed,
  };
}

beforeAll(async () => {
  killer = await bundleScript(join(import.meta.dirname, '../../helpers/migrationKiller.ts'));
  dir = makeTempDir('factdesk-migration-kill-');
  dbPath = join(dir, 'factdesk.sqlite');
  await seed(dbPath);
  before = snapshot(dbPath);
}, 120_000);

afterAll(() => {
  rmSync(killer.dir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

describe(`a migration to version ${SCHEMA_VERSION + 1} killed midway`, () => {
  it('starts from a version-N database with data in it', () => {
    expect(before.version).toBe(SCHEMA_VERSION);
    expect(before.counts).toMatchObject({ articles: 3, claims: 12, verdicts: 12 });
    expect(before.counts.sources).toBeGreaterThanOrEqual(12);
    expect(before.counts.claim_sources).toBeGreaterThanOrEqual(12);
  });

  it(`leaves the database at version ${SCHEMA_VERSION}, intact, after ${KILLS.length} SIGKILLs at different steps`, async () => {
    const started = Date.now();
    let largestWal = 0;
    for (const { after, delayMs } of KILLS) {
      const life = run(ROWS_WHEN_KILLED);
      await life.seen(after);
      if (delayMs > 0) await new Promise((wait) => setTimeout(wait, delayMs));
      life.kill();
      const code = await life.closed;
      const context = `killed after "${after}" + ${delayMs} ms`;
      expect(life.errors(), `${context}: the child failed on its own`).toBe('');
      expect(code, context).toBeNull();
      expect(life.output(), `${context}: the kill came after the commit`).not.toMatch(/^migrated/m);
      const wal = `${dbPath}-wal`;
      if (existsSync(wal)) largestWal = Math.max(largestWal, statSync(wal).size);

      const after_ = snapshot(dbPath);
      expect(after_.version, context).toBe(SCHEMA_VERSION);
      expect(after_.schema, `${context}: no table, index or column of the test migration`).toEqual(
        before.schema,
      );
      expect(after_.counts[KILL_TEST_TABLE], context).toBeUndefined();
      expect(after_.tables, `${context}: every row as it was`).toEqual(before.tables);
    }
    console.log(
      `migration kill: ${KILLS.length} kills in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `largest -wal after a kill ${(largestWal / 1024 / 1024).toFixed(1)} MiB`,
    );
    // The deeper kills left uncommitted pages of the migration in the -wal, and still the
    // database reads as the old version: the kill really landed mid-transaction.
    expect(largestWal).toBeGreaterThan(1024 * 1024);
  }, 120_000);

  it('runs to completion afterwards when it is not killed, keeping every row', async () => {
    const life = run(ROWS_WHEN_COMPLETED);
    const code = await life.closed;
    expect(life.errors()).toBe('');
    expect(code).toBe(0);
    expect(life.output()).toMatch(new RegExp(`^migrated ${SCHEMA_VERSION + 1}$`, 'm'));

    const done = snapshot(dbPath);
    expect(done.version).toBe(SCHEMA_VERSION + 1);
    expect(done.counts[KILL_TEST_TABLE]).toBe(ROWS_WHEN_COMPLETED);
    for (const [table, rows] of Object.entries(before.tables)) {
      if (table === 'articles') continue;
      expect(done.tables[table], table).toEqual(rows);
    }
    // Articles gained the column and kept everything else.
    const articles = (done.tables.articles ?? []).map(
      (row) => JSON.parse(row) as Record<string, unknown>,
    );
    expect(articles).toHaveLength(before.counts.articles ?? -1);
    expect(
      articles
        .map((article) => {
          const { [KILL_TEST_COLUMN]: note, ...rest } = article;
          expect(note).toBe(`migrated ${String(rest.id)}`);
          return JSON.stringify(rest);
        })
        .sort(),
    ).toEqual(before.tables.articles);
  }, 120_000);
});
