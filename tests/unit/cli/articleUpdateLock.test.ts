import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, type OpenedWorkbench } from '../../../src-main/service/openWorkbench';
import { buildCli, repoRoot } from '../../helpers/runFactdesk';
import { makeTempDir } from '../../helpers/tempWorkbench';

/** About the article of the issue: 270 KB and 3,000 claims. */
const PARAGRAPHS = 900;
const CLAIMS = 3000;
/**
 * How long a save from the app waits for the write lock here: well above what writing 3,000
 * re-anchored claims in one transaction takes, well below what re-anchoring them takes.
 */
const SAVE_BUSY_TIMEOUT_MS = 2000;
/** A vocabulary of made-up words, so that claims' words recur about as often as in prose. */
const WORDS = Array.from({ length: 400 }, (_, index) =>
  ((index * 2_654_435_761) % 2_147_483_648).toString(36).slice(0, 3 + (index % 6)),
);

function paragraph(index: number): string {
  let state = index * 2_654_435_761;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state;
  };
  const words = Array.from({ length: 45 }, () => WORDS[next() % WORDS.length]);
  return `Paragraph ${index}: ${words.join(' ')} ${index * 7}.`;
}

let dir: string;
let dbPath: string;
let nextFile: string;
let workbench: OpenedWorkbench;
let articleId: number;
let claimIds: number[];

beforeAll(async () => {
  buildCli();
  dir = makeTempDir('factdesk-lock-');
  dbPath = join(dir, 'factdesk.sqlite');
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, index) => paragraph(index));
  const text = paragraphs.join('\n\n');
  workbench = openWorkbench({ dbPath, shell: 'test', appVersion: 'test' });
  const { handlers, store } = workbench;
  const article = await handlers['articles.create']({ text });
  articleId = article.id;
  claimIds = store.transaction(() =>
    Array.from({ length: CLAIMS }, (_, index) => {
      const host = paragraphs[index % PARAGRAPHS] ?? '';
      const start = text.indexOf(host) + 13 + ((index * 31) % 120);
      const end = text.indexOf(' ', start + 20);
      const exact = text.slice(start, end);
      const prefix = text.slice(Math.max(0, start - 32), start);
      return store.claims.insert(
        articleId,
        {
          start,
          end,
          exact,
          prefix,
          suffix: text.slice(end, end + 32),
          anchoredVersion: 1,
          anchorState: 'attached',
        },
        {},
        new Date().toISOString(),
      );
    }),
  );
  // A third of the paragraphs move to the top, half of the others are reworded: a thousand
  // claims have to be searched for, and a thousand more weighed against their new context.
  const moved = paragraphs.filter((_, index) => index % 3 === 1).reverse();
  const stay = paragraphs
    .filter((_, index) => index % 3 !== 1)
    .map((p, index) => (index % 2 === 0 ? p.replace(/ (\w+) (\w+) /, ' $2 $1 ') : p));
  const next = [...moved, ...stay].join('\n\n');
  nextFile = join(dir, 'next.txt');
  writeFileSync(nextFile, next);
  workbench.store.db.pragma(`busy_timeout = ${SAVE_BUSY_TIMEOUT_MS}`);
}, 180_000);

afterAll(() => {
  workbench.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('factdesk article update and the app’s own saves', () => {
  it('re-anchors outside the write lock: saves from another process go through meanwhile', async () => {
    const child = spawn(
      process.execPath,
      [
        join(repoRoot, 'bin/factdesk.mjs'),
        '--db',
        dbPath,
        '--json',
        'article',
        'update',
        String(articleId),
        '--text-file',
        nextFile,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FACTDESK_DB: '' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let running = true;
    void exited.then(() => (running = false));

    const failures: string[] = [];
    let saves = 0;
    while (running) {
      try {
        await workbench.handlers['claims.update']({
          id: claimIds[saves % claimIds.length] ?? 1,
          patch: { notes: `saved while the new version loads (${saves})` },
        });
        saves++;
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    expect(await exited, stderr).toBe(0);
    expect(failures).toEqual([]);
    expect(saves).toBeGreaterThan(10);
    const counts = JSON.parse(stdout);
    expect(counts.version).toBe(2);
    expect(counts.kept + counts.moved + counts.changed + counts.orphaned).toBe(CLAIMS);
    const claims = await workbench.handlers['claims.list']({ articleId });
    expect(claims.filter((claim) => claim.notes.startsWith('saved while'))).toHaveLength(
      Math.min(saves, CLAIMS),
    );
  }, 300_000);
});
