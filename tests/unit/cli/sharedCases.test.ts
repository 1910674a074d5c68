import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, factdesk } from '../../helpers/runFactdesk';
import { fixturesDir, makeTempDir } from '../../helpers/tempWorkbench';

/**
 * The anchoring and annotation cases from peer tools' bug reports, run as their README says:
 * through the real `factdesk` process on a real database file.
 */
const cases = join(fixturesDir, 'cases');
const ALPHA_QUOTE = 'the new deployment reduced latency by twelve percent across all regions';

let dir: string;
let db: string;

const run = (args: string[]) => factdesk(['--db', db, ...args]);
const json = (args: string[]) => {
  const result = run(['--json', ...args]);
  if (result.code !== 0) throw new Error(`factdesk ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
};

interface ShownClaim {
  id: number;
  number: number;
  start: number;
  end: number;
  exact: string;
  anchorState: string;
  anchorReview: string | null;
  status: string;
  notes: string;
  textChangedSinceVerdict: boolean;
  verdict: { ratingKey: string | null } | null;
}
const claimsOf = (articleId: number): ShownClaim[] => json(['show', String(articleId)]).claims;

beforeAll(() => {
  buildCli();
  dir = makeTempDir('factdesk-cases-');
  db = join(dir, 'factdesk.sqlite');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shared cases through the CLI', { timeout: 120_000 }, () => {
  /** Marks Alpha's sentence in v1 with a True verdict, then loads `version`. */
  const alphaClaimThen = (version: string) => {
    const articleId = json(['import', join(cases, 'anchoring-lookalike/v1.txt')]).id;
    const claim = json([
      'claim',
      'add',
      String(articleId),
      '--quote',
      ALPHA_QUOTE,
      '--claimant',
      'Team Alpha',
    ]);
    json(['claim', 'set', String(claim.id), '--verdict', 'true']);
    const counts = json([
      'article',
      'update',
      String(articleId),
      '--text-file',
      join(cases, 'anchoring-lookalike', version),
    ]);
    return { articleId, counts, claimsAfter: claimsOf(articleId) };
  };

  it('anchoring-lookalike v2: Alpha’s paragraph deleted, the claim is orphaned', () => {
    const { counts, claimsAfter } = alphaClaimThen('v2.txt');
    expect(counts).toMatchObject({ kept: 0, moved: 0, changed: 0, orphaned: 1 });
    expect(claimsAfter[0]).toMatchObject({ anchorState: 'orphaned', status: 'needs_review' });
  });

  it('anchoring-lookalike v3: never moved onto Gamma’s sentence; both copies are only candidates', () => {
    const { articleId, counts, claimsAfter } = alphaClaimThen('v3.txt');
    expect(counts).toMatchObject({ kept: 0, moved: 0, changed: 0, orphaned: 1 });
    const [claim] = claimsAfter;
    expect(claim).toMatchObject({
      anchorState: 'orphaned',
      anchorReview: 'lookalike',
      status: 'needs_review',
      textChangedSinceVerdict: true,
      verdict: { ratingKey: 'true' },
    });
    const text: string = json(['show', String(articleId)]).text;
    const candidates = json(['api', 'claims.candidates', JSON.stringify({ id: claim?.id })]);
    expect(
      candidates.map((c: { start: number }) => c.start).sort((a: number, b: number) => a - b),
    ).toEqual([
      text.indexOf(ALPHA_QUOTE, text.indexOf('Team Beta')),
      text.indexOf(ALPHA_QUOTE, text.indexOf('Team Gamma')),
    ]);
    for (const candidate of candidates) {
      expect(candidate).toMatchObject({ sameWords: true, prefixContext: 'different' });
    }
  });

  it('annotations-hypothesis-replies: the highlight becomes a claim, the reply a note, the page note is skipped', () => {
    const articleId = json([
      'import',
      join(cases, 'annotations-hypothesis-replies/article.txt'),
    ]).id;
    const imported = json([
      'annotations',
      'import',
      String(articleId),
      join(cases, 'annotations-hypothesis-replies/hypothesis-export.json'),
    ]);
    expect(imported).toEqual({
      kept: 1,
      moved: 0,
      changed: 0,
      orphaned: 0,
      alreadyImported: 0,
      dryRun: false,
      skipped: [
        expect.objectContaining({ index: 2, reason: expect.stringMatching(/^a page note/) }),
      ],
      remarks: [
        expect.objectContaining({
          index: 1,
          kind: 'reply-added',
          reason: expect.stringMatching(/^a reply in the thread of annotation AAA111/),
        }),
      ],
    });
    const [claim] = claimsOf(articleId);
    expect(claim).toMatchObject({
      exact: 'the library budget doubled in 2022',
      anchorState: 'attached',
    });
    expect(claim?.notes).toContain('Check the 2022 budget line.');
    expect(claim?.notes).toContain(
      '**Reply from Editor, 2024-03-01:** Agreed, the minutes disagree.',
    );
    const human = run([
      'annotations',
      'import',
      String(articleId),
      join(cases, 'annotations-hypothesis-replies/hypothesis-export.json'),
    ]);
    expect(human.code).toBe(0);
    // The same file again: nothing is added twice, and the summary says so.
    expect(human.stdout).toContain(
      'kept 0, moved 0, changed 0, orphaned 0, skipped 3 (2 already imported)',
    );
    expect(human.stdout).toMatch(/annotation 3 \(\w+\) skipped: a page note/);
    expect(claimsOf(articleId)).toHaveLength(1);
  });

  it('annotations-whitespace: quotes with hard wraps, tabs and no-break spaces attach as kept', () => {
    const articleId = json(['import', join(cases, 'annotations-whitespace/page.html')]).id;
    const imported = json([
      'annotations',
      'import',
      String(articleId),
      join(cases, 'annotations-whitespace/hypothesis.json'),
    ]);
    expect(imported).toMatchObject({ kept: 2, moved: 0, changed: 0, orphaned: 0, skipped: [] });
    expect(imported.remarks).toEqual([]);
    const text: string = json(['show', String(articleId)]).text;
    const claims = claimsOf(articleId);
    expect(claims.map((claim) => claim.exact.replace(/\s+/g, ' '))).toEqual([
      'would cost 12 million euros',
      'closer to 40 million euros',
    ]);
    for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.exact);
  });

  it('annotations-crlf: positions and quotes that count CR attach as kept', () => {
    const articleId = json(['import', join(cases, 'annotations-crlf/interview-crlf.txt')]).id;
    const imported = json([
      'annotations',
      'import',
      String(articleId),
      join(cases, 'annotations-crlf/annotations-from-crlf-tool.json'),
    ]);
    expect(imported).toMatchObject({ kept: 2, moved: 0, changed: 0, orphaned: 0, skipped: [] });
    expect(imported.remarks).toEqual([]);
    expect(claimsOf(articleId).map((claim) => claim.exact)).toEqual([
      'Rents went up\nby 40 percent\nin two years.',
      'A: Flat.',
    ]);
  });

  it('annotations-other-document: another page’s annotation is skipped, or imported only when asked and never attached', () => {
    const articleId = json([
      'import',
      join(cases, 'annotations-other-document/article.txt'),
      '--url',
      'https://daily.example/rail-plan',
    ]).id;
    const file = join(cases, 'annotations-other-document/search-rows.json');
    const result = run(['--json', 'annotations', 'import', String(articleId), file]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      kept: 0,
      moved: 0,
      changed: 0,
      orphaned: 0,
      alreadyImported: 0,
      dryRun: false,
      remarks: [],
      skipped: [
        {
          index: 0,
          annotation: expect.any(String),
          kind: 'other-document',
          reason: expect.stringContaining(
            'another document (https://weekly.example/wire-copy-rail)',
          ),
        },
      ],
    });
    expect(result.stderr).toContain('--any-source');
    expect(claimsOf(articleId)).toEqual([]);

    const anyway = json(['annotations', 'import', String(articleId), file, '--any-source']);
    expect(anyway).toMatchObject({ kept: 0, moved: 0, skipped: [] });
    for (const claim of claimsOf(articleId)) expect(claim.anchorState).not.toBe('attached');
  });

  it('claim add --quote finds a quote however its spaces, line ends and quotation marks are written', () => {
    const articleId = json(['import', join(cases, 'annotations-crlf/interview-crlf.txt')]).id;
    const claim = json([
      'claim',
      'add',
      String(articleId),
      '--quote',
      'went up by 40\u00a0percent',
    ]);
    expect(claim.exact).toBe('went up\nby 40 percent');
    const missing = run(['claim', 'add', String(articleId), '--quote', 'went down']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/not in article/);
  });

  it('claim add --quote says when a quote occurs more than once, and --occurrence chooses', () => {
    const file = join(dir, 'repeated.txt');
    writeFileSync(
      file,
      'The minister said crime fell.\n\nHer rival said crime fell.\n\nNeither gave a source.\n',
    );
    const articleId = json(['import', file]).id;
    const text: string = json(['show', String(articleId)]).text;
    const first = run(['--json', 'claim', 'add', String(articleId), '--quote', 'said crime fell']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/occurs 2 times .*the first was marked.*--occurrence/);
    expect(JSON.parse(first.stdout).start).toBe(text.indexOf('said crime fell'));
    const second = json([
      'claim',
      'add',
      String(articleId),
      '--quote',
      'said crime fell',
      '--occurrence',
      '2',
    ]);
    expect(second.start).toBe(text.lastIndexOf('said crime fell'));
  });
});
