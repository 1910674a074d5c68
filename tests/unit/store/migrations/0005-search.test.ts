import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../../src-main/core/search/parseSearchQuery';
import { toFtsQuery } from '../../../../src-main/core/search/toFtsQuery';
import { openWorkbench } from '../../../../src-main/service/openWorkbench';
import { countRows } from '../../../../src-main/store/countRows';
import { search } from '../../../../src-main/store/migrations/0005-search';
import { migrations } from '../../../../src-main/store/migrations/index';
import { openDatabase } from '../../../../src-main/store/openDatabase';
import { openStore } from '../../../../src-main/store/openStore';
import { makeTempDir } from '../../../helpers/tempWorkbench';

/** The steps before this one, and through it: later migrations have their own tests. */
const before = migrations.filter((m) => m.version < search.version);
const through = migrations.filter((m) => m.version <= search.version);
const TEXT = 'El puerto movió 4 millones de toneladas. Los transbordadores salen 40 veces al día.';

let dir: string;
let path: string;
let rowsBefore: Record<string, string[]>;

function tableRows(file: string, tables: string[]): Record<string, string[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      tables.map((t) => [
        t,
        db
          .prepare(`SELECT * FROM "${t}"`)
          .all()
          .map((r) => JSON.stringify(r))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

/** A file at the version before the index, with articles, claims, verdicts and sources. */
beforeAll(async () => {
  dir = makeTempDir('factdesk-0005-');
  path = join(dir, 'factdesk.sqlite');
  const written = join(dir, 'written.sqlite');
  const workbench = openWorkbench({ dbPath: written, shell: 'test', appVersion: '0.1.0' });
  try {
    const h = workbench.handlers;
    const article = await h['articles.create']({
      text: TEXT,
      meta: { title: 'Cifras del puerto', outlet: 'Gaceta', language: 'es' },
    });
    const claim = await h['claims.create']({ articleId: article.id, start: 0, end: 39 });
    await h['claims.update']({
      id: claim.id,
      patch: { reviewedAs: 'El puerto de Barranquilla movió cuatro millones de toneladas' },
    });
    await h['verdicts.set']({
      claimId: claim.id,
      ratingKey: 'true',
      conclusion: 'Según el informe anual.',
    });
    const source = await h['sources.create']({ fields: { title: 'Informe anual del puerto' } });
    await h['sources.attach']({
      claimId: claim.id,
      sourceId: source.id,
      link: { excerpt: 'toneladas' },
    });
  } finally {
    workbench.close();
  }
  const db = openDatabase(path, { migrations: before });
  const tables = Object.keys(countRows(db));
  try {
    db.pragma('foreign_keys = OFF');
    db.prepare('ATTACH DATABASE ? AS written').run(written);
    // The columns the file has one step before the index; later steps may have added more.
    for (const table of tables) {
      const columns = db
        .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
        .all(table)
        .map((c) => `"${c.name}"`)
        .join(', ');
      db.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM written."${table}"`);
    }
    db.exec('DETACH DATABASE written');
  } finally {
    db.close();
  }
  rowsBefore = tableRows(path, tables);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0005: search index and imported fact checks', () => {
  it('is one step, after the ones before it', () => {
    expect(search.version).toBe(5);
    expect(through.at(-1)).toBe(search);
    expect(migrations.filter((m) => m === search)).toHaveLength(1);
    expect(before.every((m) => m.version < search.version)).toBe(true);
  });

  it('builds the index for the data already there, leaving every row as it was', () => {
    const store = openStore(path, { migrations: through });
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(search.version);
      const tonnes = toFtsQuery(parseSearchQuery('tonelada')) ?? '';
      const hits = store.search.match(tonnes, ['claim', 'article'], {}, 10);
      expect(hits.map((hit) => hit.kind).sort()).toEqual(['article', 'claim']);
      const yearly = toFtsQuery(parseSearchQuery('anual')) ?? '';
      const found = store.search.match(yearly, ['source', 'claim'], {}, 10).map((h) => h.kind);
      expect(found.sort()).toEqual(['claim', 'source']);
      const reviewedAs = toFtsQuery(parseSearchQuery('Barranquilla')) ?? '';
      expect(store.search.match(reviewedAs, ['claim'], {}, 10).map((h) => h.kind)).toEqual([
        'claim',
      ]);
      expect(store.factChecks.count()).toBe(0);
    } finally {
      store.close();
    }
    expect(tableRows(path, Object.keys(rowsBefore))).toEqual(rowsBefore);
  });

  it('is refused by no check: integrity_check and the index’s own check pass', () => {
    const store = openStore(path, { migrations: through });
    try {
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      store.db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')");
    } finally {
      store.close();
    }
  });
});
