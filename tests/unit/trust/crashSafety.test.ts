import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../src-main/store/checkIntegrity';
import { openDatabase } from '../../../src-main/store/openDatabase';
import { createStore } from '../../../src-main/store/openStore';
import { bundleScript } from '../../helpers/bundleScript';
import { makeTempDir } from '../../helpers/tempWorkbench';
import { mulberry32 } from '../../helpers/mulberry32';

const LANES = 2;
const KILLS_PER_LANE = 55;

/** Everything the writer acknowledged, across all of its lives on one database. */
interface Acknowledged {
  claims: number[];
  batches: { claimId: number; sourceId: number; conclusion: string }[];
  notes: Map<number, number>;
  abandoned: number;
}

let writer: { file: string; dir: string };
let dir: string;
beforeAll(async () => {
  writer = await bundleScript(join(import.meta.dirname, '../../helpers/crashWriter.ts'));
  dir = makeTempDir('factdesk-crash-');
});
afterAll(() => {
  rmSync(writer.dir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

function record(line: string, acked: Acknowledged): void {
  const [kind, a, b, c] = line.split(' ');
  if (kind === 'claim') acked.claims.push(Number(a));
  else if (kind === 'batch') {
    acked.batches.push({ claimId: Number(a), sourceId: Number(b), conclusion: c ?? '' });
  } else if (kind === 'note') acked.notes.set(Number(a), Number((b ?? '').slice(1)));
  else if (kind === 'abandoned') acked.abandoned++;
}

interface Life {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  errors: () => string;
  loaded: Promise<void>;
  ready: Promise<void>;
  closed: Promise<number | null>;
}

/** Starts a writer that loads its code and then waits for the word to open the database. */
function startLife(dbPath: string): Life {
  const child = spawn(process.execPath, [writer.file, dbPath], { stdio: 'pipe' });
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const seen = (word: string) =>
    new Promise<void>((resolveSeen) => {
      const check = () => {
        if (output.includes(word)) resolveSeen();
      };
      child.stdout.on('data', check);
    });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    child,
    output: () => output,
    errors: () => errors,
    loaded: seen('loaded'),
    ready: seen('ready'),
    closed: new Promise((done) => child.on('close', (code) => done(code))),
  };
}

/** One life of the writer: allowed to write for a random moment, then SIGKILLed. */
async function liveAndDie(life: Life, random: () => number, acked: Acknowledged) {
  await Promise.race([life.loaded, life.closed]);
  life.child.stdin.write('go\n');
  // One kill in five lands anywhere from the start (opening, migrating, seeding); the rest land
  // while claims are being written.
  if (random() < 0.2) await new Promise((r) => setTimeout(r, random() * 60));
  else {
    await Promise.race([life.ready, life.closed]);
    await new Promise((r) => setTimeout(r, random() * 250));
  }
  life.child.kill('SIGKILL');
  const code = await life.closed;
  expect(life.errors(), `the writer failed before it was killed (exit ${String(code)})`).toBe('');
  for (const line of life.output().split('\n').slice(0, -1)) record(line, acked);
}

/** Opens the database as the app's next start would (which also refuses a foreign -wal). */
function verify(dbPath: string, acked: Acknowledged): void {
  const db = openDatabase(dbPath);
  try {
    expect(checkIntegrity(db)).toEqual({ ok: true, problems: [] });
    const store = createStore(db);
    for (const id of acked.claims) expect(store.claims.get(id), `claim ${id}`).toBeDefined();
    for (const batch of acked.batches) {
      const claim = store.claims.get(batch.claimId);
      expect(claim?.verdict?.conclusion, `batch claim ${batch.claimId}`).toBe(batch.conclusion);
      expect(claim?.sources.map((s) => s.source.id)).toEqual([batch.sourceId]);
    }
    for (const [id, acknowledged] of acked.notes) {
      // A later note may have committed just before the kill, unacknowledged; never an older one.
      const stored = Number(store.claims.get(id)?.notes.slice(1));
      expect(stored, `notes of claim ${id}`).toBeGreaterThanOrEqual(acknowledged);
    }
    expect(store.sources.search('doomed')).toEqual([]);
    const articleId = store.articles.list()[0]?.id;
    if (articleId !== undefined) {
      expect(store.claims.listByArticle(articleId).filter((c) => c.claimant === 'doomed')).toEqual(
        [],
      );
    }
  } finally {
    db.close();
  }
}

describe('crash safety: a writer killed with SIGKILL at random moments', () => {
  it(
    `keeps every acknowledged write and an intact database across ${LANES * KILLS_PER_LANE} kills`,
    async () => {
      const seed = Date.now() % 1_000_000;
      console.log(`crash-safety seed ${seed}`);
      const started = Date.now();
      const lanes = Array.from({ length: LANES }, async (_, lane) => {
        const random = mulberry32(seed + lane);
        const dbPath = join(dir, `lane-${lane}.sqlite`);
        const acked: Acknowledged = { claims: [], batches: [], notes: new Map(), abandoned: 0 };
        let next = startLife(dbPath);
        for (let kill = 0; kill < KILLS_PER_LANE; kill++) {
          const life = next;
          // The next life loads its code while this one writes; only one touches the database.
          next = startLife(dbPath);
          await liveAndDie(life, random, acked);
          verify(dbPath, acked);
        }
        next.child.kill('SIGKILL');
        await next.closed;
        return acked;
      });
      const results = await Promise.all(lanes);
      const total = (pick: (a: Acknowledged) => number) =>
        results.reduce((sum, a) => sum + pick(a), 0);
      console.log(
        `crash safety: ${LANES * KILLS_PER_LANE} kills in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
          `${total((a) => a.claims.length)} claims, ${total((a) => a.batches.length)} batches, ` +
          `${total((a) => a.abandoned)} abandoned batches acknowledged`,
      );
      // The kills must have landed among writes, not only during start-up.
      expect(total((a) => a.claims.length + a.batches.length)).toBeGreaterThan(
        (LANES * KILLS_PER_LANE) / 4,
      );
    },
    // About 30 s on two idle cores; a loaded machine stretches every process start.
    300_000,
  );
});
