import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, factdesk } from '../../helpers/runFactdesk';
import { fixturesDir, makeTempDir } from '../../helpers/tempWorkbench';

const article = join(fixturesDir, 'annotations/budget-article.txt');
const file = join(fixturesDir, 'annotations/hypothesis-mixed.json');

let dir: string;
let db: string;
const run = (args: string[]) => factdesk(['--db', db, ...args]);

beforeAll(() => {
  buildCli();
  dir = makeTempDir('factdesk-annotations-');
  db = join(dir, 'factdesk.sqlite');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('factdesk annotations import', { timeout: 120_000 }, () => {
  it('says what it would do with --dry-run, imports once, and lists every annotation left out or to check', () => {
    const created = run(['--json', 'import', article, '--url', 'https://news.example.org/budget']);
    const id = String(JSON.parse(created.stdout).id);

    const dry = run(['annotations', 'import', id, file, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n')).toEqual([
      'would import: kept 1, moved 0, changed 0, orphaned 1, skipped 2',
      'annotation 3 (Hother) skipped: it names this article and also another document (https://other.example/copy), so its quote may come from that one',
      'annotation 4 (Hblank) skipped: its quote is empty or only blank space, so there are no words to mark',
      'annotation 2 (Hpos) imported: it has only a position, no quote, so Factdesk cannot tell whether the words there (“he budget rose 5% last year. C”) are the ones annotated; it needs review, with those words as the place to check',
      'annotation 5 (Hreply) imported: a reply in the thread of annotation Hq1: added to the notes of the claim made from it',
      '',
    ]);
    expect(dry.stderr).toContain('--any-source');
    expect(JSON.parse(run(['--json', 'show', id]).stdout).claims).toEqual([]);

    const done = JSON.parse(run(['--json', 'annotations', 'import', id, file]).stdout);
    expect(done).toMatchObject({ kept: 1, orphaned: 1, alreadyImported: 0, dryRun: false });
    const claims = JSON.parse(run(['--json', 'show', id]).stdout).claims;
    expect(claims.map((c: { claimant: string }) => c.claimant)).toEqual(['', '']);

    const again = JSON.parse(run(['--json', 'annotations', 'import', id, file]).stdout);
    expect(again).toMatchObject({ kept: 0, orphaned: 0, alreadyImported: 3 });
    expect(again.skipped.map((s: { kind: string }) => s.kind)).toEqual([
      'already-imported',
      'already-imported',
      'other-document',
      'blank-quote',
      'already-imported',
    ]);
    expect(JSON.parse(run(['--json', 'show', id]).stdout).claims).toHaveLength(2);
  });
});
