import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, factdesk } from '../../helpers/runFactdesk';
import { fixturesDir, makeTempDir } from '../../helpers/tempWorkbench';

let dir: string;
let db: string;
let articleId: number;

const json = (args: string[]) => {
  const result = factdesk(['--db', db, '--json', ...args]);
  if (result.code !== 0) throw new Error(`factdesk ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
};

beforeAll(() => {
  buildCli();
  dir = makeTempDir();
  db = join(dir, 'factdesk.sqlite');
  articleId = json([
    'import',
    join(fixturesDir, 'harbour-council.txt'),
    '--url',
    'https://coastal.example/a',
  ]).id;
  const claim = json([
    'claim',
    'add',
    String(articleId),
    '--quote',
    'at least 110 people',
    '--claimant',
    'Coastal Rights Monitor',
  ]);
  json([
    'claim',
    'set',
    String(claim.id),
    '--verdict',
    'true',
    '--conclusion',
    'The monitor’s count.',
  ]);
  const evidence = json(['claim', 'add', String(articleId), '--quote', 'without evidence']);
  json(['claim', 'set', String(evidence.id), '--verdict', 'unproven']);
  const archived = join(dir, 'monitor.pdf');
  writeFileSync(archived, '%PDF-1.4 the monitor’s figures');
  json([
    'source',
    'add',
    String(claim.id),
    '--url',
    'https://monitor.example/figures',
    '--title',
    'Monitor figures',
    '--stance',
    'supports',
    '--file',
    archived,
  ]);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('factdesk export, article update and annotations import', { timeout: 120_000 }, () => {
  it('exports HTML with the archived copy beside it, and fails --strict on findings', () => {
    const out = join(dir, 'report', 'report.html');
    const saved = json(['export', String(articleId), '--format', 'html', '--out', out]);
    expect(saved.archivesCopied).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script/i);
    const href = /href="(archive\/[^"]+)"/.exec(html)?.[1] ?? '';
    expect(existsSync(join(dir, 'report', href))).toBe(true);
    const strict = factdesk([
      '--db',
      db,
      'export',
      String(articleId),
      '--format',
      'csv',
      '--strict',
    ]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/transparency check/);
  });

  it('prints ClaimReview JSON-LD to stdout, each claim as the sentence that holds it', () => {
    const result = factdesk(['--db', db, 'export', String(articleId), '--format', 'claimreview']);
    expect(result.code).toBe(0);
    const reviews = JSON.parse(result.stdout);
    expect(reviews.map((r: { claimReviewed: string }) => r.claimReviewed).sort()).toEqual([
      'Opposition lawmakers accused the governor, without evidence, of ordering the strikes to distract from a corruption inquiry, a charge his office called "absurd and insulting."',
      'The provincial navy has carried out more than 30 strikes since September, in a campaign that has killed at least 110 people, according to figures compiled by the Coastal Rights Monitor.',
    ]);
  });

  it('round-trips W3C annotations into another article', () => {
    const w3c = join(dir, 'annotations.jsonld');
    json(['export', String(articleId), '--format', 'w3c', '--out', w3c]);
    const copyId = json(['import', join(fixturesDir, 'harbour-council.txt')]).id;
    const imported = json(['annotations', 'import', String(copyId), w3c]);
    expect(imported).toMatchObject({ kept: 2, moved: 0, changed: 0, orphaned: 0 });
    const claims = json(['show', String(copyId)]).claims;
    expect(
      claims.map((c: { exact: string; verdict: { ratingKey: string } }) => [
        c.exact,
        c.verdict.ratingKey,
      ]),
    ).toEqual([
      ['without evidence', 'unproven'],
      ['at least 110 people', 'true'],
    ]);
  });

  it('loads a new version and prints what happened to each claim', () => {
    const text = readFileSync(join(fixturesDir, 'harbour-council.txt'), 'utf8');
    const next = join(dir, 'corrected.txt');
    writeFileSync(
      next,
      text.replace('accused the governor, without evidence, of', 'accused the governor of'),
    );
    const counts = json(['article', 'update', String(articleId), '--text-file', next]);
    expect(counts).toEqual({ kept: 1, moved: 0, changed: 0, orphaned: 1, version: 2 });
    const shown = json(['show', String(articleId)]);
    const orphan = shown.claims.find((c: { exact: string }) => c.exact === 'without evidence');
    expect(orphan).toMatchObject({ anchorState: 'orphaned', status: 'needs_review' });
    expect(shown.text.includes('without evidence')).toBe(false);
  });
});
