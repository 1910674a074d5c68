import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, factdesk } from '../../helpers/runFactdesk';
import { makeTempDir } from '../../helpers/tempWorkbench';

let dir: string;
let db: string;
const text = [
  'Family days at the harbour',
  '',
  'The poster showed 👨‍👩‍👧 under the flag 🇫🇷, and the council’s reply was a lone 👨 with 👍🏽.',
].join('\n');

const run = (args: string[]) => factdesk(['--db', db, '--json', ...args]);
const json = (args: string[]) => {
  const result = run(args);
  if (result.code !== 0) throw new Error(`factdesk ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
};
const claimCount = () => json(['api', 'claims.list', JSON.stringify({ articleId: 1 })]).length;

beforeAll(() => {
  buildCli();
  dir = makeTempDir();
  db = join(dir, 'factdesk.sqlite');
  const file = join(dir, 'family.txt');
  writeFileSync(file, text);
  json(['import', file, '--title', 'Family days']);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claim add --quote and whole characters', () => {
  it('marks the place where the quote stands alone, not one inside an emoji sequence', () => {
    const claim = json(['claim', 'add', '1', '--quote', '👨']);
    const stored = json(['api', 'articles.get', JSON.stringify({ id: 1 })]).text as string;
    expect(claim.start).toBe(stored.lastIndexOf('👨'));
    expect(stored.slice(claim.start, claim.end)).toBe('👨');
  });

  it('refuses a quote found only inside other characters, says which, and marks nothing', () => {
    const before = claimCount();
    for (const [quote, shown] of [
      ['👍', '👍🏽'],
      ['🇷', '🇫🇷'],
    ]) {
      const result = run(['claim', 'add', '1', '--quote', quote as string]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('only as part of other characters');
      expect(result.stderr).toContain(`“${shown}”`);
    }
    expect(claimCount()).toBe(before);
  });
});
