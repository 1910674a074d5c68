import Database from 'better-sqlite3';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, makeTempDir } from '../../helpers/tempWorkbench';
import { buildCli, factdesk, repoRoot } from '../../helpers/runFactdesk';

let dir: string;

beforeAll(() => {
  dir = makeTempDir();
  buildCli();
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('factdesk CLI (a real process)', { timeout: 120_000 }, () => {
  it('imports a file and shows it back as JSON with the same text and metadata', () => {
    const db = join(dir, 'roundtrip.sqlite');
    const file = join(fixturesDir, 'harbour-council.txt');
    const imported = factdesk([
      '--db',
      db,
      '--json',
      'import',
      file,
      '--outlet',
      'Coastal Post',
      '--author',
      'J. Doe',
      '--published',
      '2026-03-02',
      '--url',
      'https://coastal.example/a',
    ]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const { id } = JSON.parse(imported.stdout) as { id: number };
    const added = factdesk([
      '--db',
      db,
      '--json',
      'claim',
      'add',
      String(id),
      '--quote',
      'at least 110 people',
      '--claimant',
      'Coastal Rights Monitor',
    ]);
    expect(added.code).toBe(0);
    const claimId = (JSON.parse(added.stdout) as { id: number }).id;
    expect(
      factdesk([
        '--db',
        db,
        'claim',
        'set',
        String(claimId),
        '--verdict',
        'Mostly true',
        '--conclusion',
        'Counts agree.',
      ]).code,
    ).toBe(0);
    const shown = factdesk(['--db', db, '--json', 'show', String(id)]);
    expect(shown.code).toBe(0);
    const article = JSON.parse(shown.stdout);
    expect(article.text).toBe(readFileSync(file, 'utf8'));
    expect(article).toMatchObject({
      title: 'Harbour council defends strike campaign as critics question the toll',
      outlet: 'Coastal Post',
      author: 'J. Doe',
      publishedAt: '2026-03-02',
      url: 'https://coastal.example/a',
    });
    const [claim] = article.claims;
    expect(article.text.slice(claim.start, claim.end)).toBe(claim.exact);
    expect(claim).toMatchObject({
      exact: 'at least 110 people',
      claimant: 'Coastal Rights Monitor',
      anchorState: 'attached',
      verdict: { ratingKey: 'mostly-true', label: 'Mostly true', conclusion: 'Counts agree.' },
      sources: [],
    });
  });

  it('uses FACTDESK_DB when --db is absent', () => {
    const db = join(dir, 'from-env.sqlite');
    const imported = factdesk(['import', join(fixturesDir, 'harbour-council.txt')], {
      FACTDESK_DB: db,
    });
    expect(imported.code).toBe(0);
    expect(factdesk(['--json', 'articles'], { FACTDESK_DB: db }).stdout).toContain(
      'Harbour council',
    );
  });

  it('refuses a garbage file given as --db and leaves it byte-for-byte untouched', () => {
    const db = join(dir, 'garbage.sqlite');
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    writeFileSync(db, bytes);
    const result = factdesk(['--db', db, 'articles']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a SQLite database/);
    expect(readFileSync(db).equals(bytes)).toBe(true);
  });

  it('refuses a database from a newer version and leaves it untouched', () => {
    const db = join(dir, 'newer.sqlite');
    const raw = new Database(db);
    raw.pragma('user_version = 99');
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    const before = readFileSync(db);
    const result = factdesk(['--db', db, 'articles']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/newer version of Factdesk/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('reports errors on stderr with a non-zero exit', () => {
    const db = join(dir, 'errors.sqlite');
    const { stdout } = factdesk([
      '--db',
      db,
      '--json',
      'import',
      join(fixturesDir, 'harbour-council.txt'),
    ]);
    const { id } = JSON.parse(stdout) as { id: number };
    const missing = factdesk([
      '--db',
      db,
      'claim',
      'add',
      String(id),
      '--quote',
      'not in the article',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/is not in article/);
    expect(factdesk(['--db', db, 'frobnicate']).code).toBe(2);
    expect(factdesk(['--db', db, 'show']).code).toBe(2);
    expect(factdesk(['--db', db, 'show', '999']).stderr).toMatch(/does not exist/);
  });

  it('prints its version', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(factdesk(['--version']).stdout.trim()).toBe(version);
    expect(JSON.parse(factdesk(['--version', '--json']).stdout)).toEqual({ version });
  });
});
