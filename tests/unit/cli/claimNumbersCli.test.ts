import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { buildCli, factdesk } from '../../helpers/runFactdesk';
import { fixturesDir, makeTempDir } from '../../helpers/tempWorkbench';

let dir: string;
let db: string;

const run = (args: string[]) => factdesk(['--db', db, '--json', ...args]);
const json = (args: string[]) => {
  const result = run(args);
  if (result.code !== 0) throw new Error(`factdesk ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
};
const verdictOf = (id: number) =>
  json(['api', 'claims.get', JSON.stringify({ id })]).verdict?.ratingKey ?? null;

/** Article 1 holds #1 (claim 1) and #3 (claim 2); article 2 holds #2 (its claim 1). */
beforeAll(() => {
  buildCli();
  dir = makeTempDir();
  db = join(dir, 'factdesk.sqlite');
  const text = join(fixturesDir, 'harbour-council.txt');
  json(['import', text, '--title', 'One']);
  json(['import', text, '--title', 'Two']);
  json(['claim', 'add', '1', '--quote', 'at least 110 people']);
  json(['claim', 'add', '2', '--quote', 'without evidence']);
  const third = json(['claim', 'add', '1', '--quote', 'without evidence']);
  expect(third).toMatchObject({ id: 3, number: 2 });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('naming a claim on the command line', () => {
  it('takes the number the app shows with --article, and the id after #', () => {
    expect(json(['claim', 'set', '2', '--article', '1', '--verdict', 'false'])).toMatchObject({
      id: 3,
      number: 2,
    });
    expect(json(['claim', 'set', '#2', '--verdict', 'true'])).toMatchObject({ id: 2, number: 1 });
    expect(verdictOf(3)).toBe('false');
    expect(verdictOf(2)).toBe('true');
    const cited = json(['source', 'add', '1', '--article', '2', '--url', 'https://x.example/']);
    expect(cited).toMatchObject({ id: 2 });
  });

  it('refuses a bare number that could mean two claims, and changes nothing', () => {
    const before = [verdictOf(2), verdictOf(3)];
    const result = run(['claim', 'set', '2', '--verdict', 'mostly-false']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('could mean more than one claim');
    expect(result.stderr).toContain('#2 (claim 1 of article 2');
    expect(result.stderr).toContain('#3 (claim 2 of article 1');
    expect(result.stderr).toContain('--article ARTICLE');
    expect([verdictOf(2), verdictOf(3)]).toEqual(before);
  });

  it('takes a bare number that can mean one claim only', () => {
    // #1 is claim 1 of article 1; the only other claim 1 is #2, so "1" is refused...
    expect(run(['claim', 'set', '1', '--notes', 'x']).code).toBe(2);
    // ...while "3" is the id of one claim and the number of none.
    expect(json(['claim', 'set', '3', '--notes', 'checked'])).toMatchObject({ id: 3 });
  });

  it('refuses numbers not written plainly in digits, and changes nothing', () => {
    const before = [verdictOf(2), verdictOf(3)];
    for (const odd of [
      '0x2',
      '1e0',
      '2.0',
      '+2',
      '02',
      '#0x3',
      '# 3',
      '#1e0',
      '99999999999999999999',
    ]) {
      const result = run(['claim', 'set', odd, '--article', '1', '--verdict', 'mostly-false']);
      expect(result.code, odd).toBe(2);
      expect(result.stderr, odd).toContain('written in digits');
    }
    expect([verdictOf(2), verdictOf(3)]).toEqual(before);
  });

  it('says plainly when the article has no such claim, or the id is in another article', () => {
    const missing = run(['claim', 'rm', '9', '--article', '1']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('article 1 has no claim 9');
    const elsewhere = run(['claim', 'set', '#2', '--article', '1', '--notes', 'x']);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('claim #2 is in article 2, not 1');
  });

  it('finds earlier checks like a claim named the same way, and refuses an ambiguous number', () => {
    const similar = json(['claim', 'similar', '1', '--article', '2']);
    expect(similar.results.map((r: { text: string }) => r.text)).toContain('without evidence');
    expect(run(['claim', 'similar', '1']).code).toBe(2);
  });

  it('names claims in search results as they are typed back: #ID, with their article', () => {
    const found = factdesk(['--db', db, 'search', 'without evidence', '--kind', 'claim']);
    expect(found.code).toBe(0);
    const names = [...found.stdout.matchAll(/^claim (#\d+) \(article (\d+)\)/gmu)];
    expect(names.map(([, id, articleId]) => `${id} in ${articleId}`).sort()).toEqual([
      '#2 in 2',
      '#3 in 1',
    ]);
    const similar = factdesk(['--db', db, 'claim', 'similar', '2', '--article', '1']);
    expect(similar.stdout).toMatch(/\tclaim #2 \(article 2\)\t/u);
    // The name printed is one `claim set` takes as it is.
    const [, id] = names[0] ?? [];
    expect(json(['claim', 'set', id ?? '', '--notes', 'found by search'])).toMatchObject({
      notes: 'found by search',
    });
  });
});
