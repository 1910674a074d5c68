import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsumerClaimReview } from '../../helpers/claimReviewConsumer';
import { parseCsv } from '../../helpers/parseCsv';
import { buildCli, factdesk } from '../../helpers/runFactdesk';
import { fixturesDir, makeTempDir } from '../../helpers/tempWorkbench';

let dir: string;
let db: string;
let articleId: number;
let claimId: number;

const run = (args: string[]) => factdesk(['--db', db, ...args]);
const json = (args: string[]) => {
  const result = run(['--json', ...args]);
  if (result.code !== 0) throw new Error(`factdesk ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
};

/**
 * The shared ClaimReview case on a fresh install: the mayor's speech imported with a publication
 * date and no URL, one claim with its claimant, verdict False and one archived source.
 */
beforeAll(() => {
  buildCli();
  dir = makeTempDir();
  db = join(dir, 'factdesk.sqlite');
  articleId = json([
    'import',
    join(fixturesDir, 'claimreview/mayor-speech.txt'),
    '--published',
    '2024-02-10',
  ]).id;
  claimId = json([
    'claim',
    'add',
    String(articleId),
    '--quote',
    'crime fell by 30 percent',
    '--claimant',
    'The mayor',
  ]).id;
  json(['claim', 'set', String(claimId), '--verdict', 'false', '--conclusion', 'Police data.']);
  const archived = join(dir, 'police.csv');
  writeFileSync(archived, 'year,offences\n2022,1000\n2023,950\n');
  json([
    'source',
    'add',
    String(claimId),
    '--url',
    'https://police.example/figures',
    '--title',
    'Police figures',
    '--stance',
    'contradicts',
    '--file',
    archived,
  ]);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the shared ClaimReview case through the command line', { timeout: 120_000 }, () => {
  it('without a profile or a fact-check page, fails --strict naming each missing field', () => {
    const strict = run(['export', String(articleId), '--format', 'claimreview', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    for (const field of ['`author.name`', '`author.url`', '`url`']) {
      expect(strict.stderr).toContain(field);
    }
    // Without --strict it exports, and says on stderr what is missing.
    const loose = run(['export', String(articleId), '--format', 'claimreview']);
    expect(loose.code).toBe(0);
    expect(loose.stderr).toMatch(/^error: .*`url`/m);
    const [review] = JSON.parse(loose.stdout);
    expect(review.url).toBeUndefined();
    expect(review.author).toBeUndefined();
    expect(review.claimReviewed).toBe('The mayor said crime fell by 30 percent in 2023.');
  });

  it('refuses addresses that are not http(s), and changes nothing', () => {
    for (const [args, flag] of [
      [
        ['article', 'update', String(articleId), '--factcheck-url', 'javascript:alert(1)'],
        '--factcheck-url',
      ],
      [['profile', 'set', '--url', 'file:///etc/passwd'], '--url'],
      [['claim', 'set', String(claimId), '--appearance', 'data:text/html,x'], '--appearance'],
    ] as const) {
      const refused = run([...args]);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain(flag);
    }
    expect(json(['profile', 'show']).organisationUrl).toBe('');
    const refused = run([
      'api',
      'articles.update',
      JSON.stringify({ id: articleId, patch: { factCheckUrl: 'javascript:alert(1)' } }),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('http');
  });

  it('with the profile and the fact-check page set, exports every field a consumer requires', () => {
    json([
      'profile',
      'set',
      '--name',
      'Harbour Fact Check',
      '--url',
      'https://harbour.example/',
      '--methodology-url',
      'https://harbour.example/methodology',
      '--checker',
      'A. Ramos',
    ]);
    json([
      'article',
      'update',
      String(articleId),
      '--factcheck-url',
      'https://harbour.example/checks/crime',
      '--factcheck-date',
      '2024-02-11',
    ]);
    json(['claim', 'set', String(claimId), '--claimant-kind', 'person']);
    const strict = run(['export', String(articleId), '--format', 'claimreview', '--strict']);
    expect(strict.stderr).not.toMatch(/^error:/m);
    expect(strict.code).toBe(0);
    const reviews = JSON.parse(strict.stdout) as unknown[];
    expect(reviews).toHaveLength(1);
    expect(ConsumerClaimReview.parse(reviews[0])).toMatchObject({
      claimReviewed: 'The mayor said crime fell by 30 percent in 2023.',
      url: 'https://harbour.example/checks/crime',
      datePublished: '2024-02-11',
      author: {
        '@type': 'Organization',
        name: 'Harbour Fact Check',
        url: 'https://harbour.example/',
      },
      itemReviewed: {
        author: { '@type': 'Person', name: 'The mayor' },
        datePublished: '2024-02-10',
      },
      reviewRating: { alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
    });
  });

  it('bundles every format and archived copy in a zip whose MANIFEST hashes and links all hold', () => {
    const out = join(dir, 'bundle', 'mayor.zip');
    const saved = json(['export', String(articleId), '--format', 'bundle', '--out', out]);
    expect(saved.path).toBe(out);
    const entries = unzipSync(readFileSync(out));
    const unpacked = join(dir, 'unpacked-elsewhere');
    for (const [path, bytes] of Object.entries(entries)) {
      const target = normalize(join(unpacked, path));
      expect(target.startsWith(unpacked)).toBe(true);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    const manifest = JSON.parse(readFileSync(join(unpacked, 'MANIFEST.json'), 'utf8')) as {
      files: { path: string; bytes: number; sha256: string }[];
    };
    const listed = manifest.files.map((file) => file.path).sort();
    expect(listed).toEqual(
      Object.keys(entries)
        .filter((path) => path !== 'MANIFEST.json')
        .sort(),
    );
    expect(listed).toEqual(
      expect.arrayContaining([
        'report.html',
        'claimreview.json',
        'annotations.w3c.json',
        'claims.csv',
        expect.stringMatching(/^archive\/.+\.csv$/),
      ]),
    );
    for (const file of manifest.files) {
      const bytes = readFileSync(join(unpacked, file.path));
      expect(bytes.byteLength).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
    // Every relative link of the report reaches a file of the bundle.
    const { document } = parseHTML(readFileSync(join(unpacked, 'report.html'), 'utf8'));
    const links = [...document.querySelectorAll('[href], [src]')]
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
      .filter((link) => !/^(?:[a-z]+:|#)/i.test(link));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(listed).toContain(decodeURIComponent(link.split('#')[0] ?? ''));
    }
    expect(document.querySelector('.archive-note')?.textContent).toContain(
      'in the archive folder beside this file',
    );
    // The CSV reads as a spreadsheet would: the rated claim is done, the checker is named.
    const [header, row] = parseCsv(readFileSync(join(unpacked, 'claims.csv'), 'utf8').slice(1));
    const column = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(column('Status')).toBe('Done');
    expect(column('Verdict')).toBe('False');
    expect(column('Claimant kind')).toBe('Person');
  });
});
