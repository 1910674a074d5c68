import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleScript } from '../../helpers/bundleScript';
import { makeTempDir } from '../../helpers/tempWorkbench';
import { mulberry32 } from '../../helpers/mulberry32';

const LANES = 2;
const KILLS_PER_LANE = 50;
/** A fresh database every so many lives keeps the files (and the test) small. */
const LIVES_PER_DATABASE = 10;
const ARTICLE_CHARS = 400_000;

let writer: { file: string; dir: string };
let dir: string;
beforeAll(async () => {
  writer = await bundleScript(join(import.meta.dirname, '../../helpers/checkpointWriter.ts'), {
    bundlePackages: true,
  });
  dir = makeTempDir('factdesk-checkpoint-kill-');
});
afterAll(() => {
  rmSync(writer.dir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

interface Life {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  errors: () => string;
  loaded: Promise<void>;
  closed: Promise<number | null>;
}

/** Starts a writer that loads its code, then waits for "go" before touching the database. */
function startLife(dbPath: string): Life {
  const child = spawn(process.execPath, [writer.file, dbPath], { stdio: 'pipe' });
  let output = '';
  let errors = '';
  let onLoaded = () => undefined as void;
  const loaded = new Promise<void>((resolveLoaded) => (onLoaded = resolveLoaded));
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes('loaded')) onLoaded();
  });
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return {
    child,
    output: () => output,
    errors: () => errors,
    loaded,
    closed: new Promise((done) => child.on('close', (code) => done(code))),
  };
}

interface Acknowledged {
  articles: Map<number, string>;
  claims: number[];
}

type Landing = 'checkpoint' | 'after-wal-removed' | 'after-close';

/** Every acknowledged article (exact text, by SHA-256) and claim, read without changing a byte. */
function verify(dbPath: string, acked: Acknowledged): void {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    const textOf = db.prepare<[number], { text: string }>('SELECT text FROM articles WHERE id = ?');
    for (const [id, sha] of acked.articles) {
      const text = textOf.get(id)?.text ?? '';
      expect(createHash('sha256').update(text).digest('hex'), `article ${id}`).toBe(sha);
    }
    const claimIds = new Set(
      db
        .prepare<[], { id: number }>('SELECT id FROM claims')
        .all()
        .map((row) => row.id),
    );
    for (const id of acked.claims) expect(claimIds.has(id), `claim ${id}`).toBe(true);
  } finally {
    db.close();
  }
}

describe('a kill during the close-time checkpoint of a large import', () => {
  it(`never makes a healthy database refused and keeps every acknowledged write, across ${LANES * KILLS_PER_LANE} kills`, async () => {
    const seed = Date.now() % 1_000_000;
    console.log(`checkpoint-kill seed ${seed}`);
    const started = Date.now();
    const landings: Record<Landing, number> = {
      checkpoint: 0,
      'after-wal-removed': 0,
      'after-close': 0,
    };
    const lanes = Array.from({ length: LANES }, async (_, lane) => {
      const random = mulberry32(seed + lane);
      // The close-time checkpoint's length, learnt from lives that outlive their close.
      let closeMs = 20;
      let dbPath = '';
      let acked: Acknowledged = { articles: new Map(), claims: [] };
      let next: Life | undefined;
      for (let life = 0; life < KILLS_PER_LANE; life++) {
        if (life % LIVES_PER_DATABASE === 0) {
          next?.child.kill('SIGKILL');
          if (next) await next.closed;
          dbPath = join(dir, `lane-${lane}-${life}.sqlite`);
          acked = { articles: new Map(), claims: [] };
          next = startLife(dbPath);
        }
        const current = next as Life;
        // The next life loads its code while this one works; only one touches the database.
        next = startLife(dbPath);
        await Promise.race([current.loaded, current.closed]);
        const delayUs = Math.round(random() * closeMs * 1300);
        current.child.stdin.write(`go ${delayUs} ${seed + lane * 1000 + life} ${ARTICLE_CHARS}\n`);
        const code = await current.closed;
        const output = current.output();
        expect(output, `life ${life} of lane ${lane} opened a healthy database`).not.toMatch(
          /^refused/m,
        );
        expect(current.errors(), `life ${life} failed (exit ${String(code)})`).toBe('');
        for (const line of output.split('\n')) {
          const [kind, a, b] = line.split(' ');
          if (kind === 'article') acked.articles.set(Number(a), b ?? '');
          if (kind === 'claim') acked.claims.push(Number(a));
        }
        const closed = /^closed ([\d.]+)$/m.exec(output);
        if (closed?.[1]) closeMs = Math.max(closeMs * 0.7, Number(closed[1]));
        const landing: Landing = closed
          ? 'after-close'
          : existsSync(`${dbPath}-wal`) && statSync(`${dbPath}-wal`).size > 0
            ? 'checkpoint'
            : 'after-wal-removed';
        landings[landing]++;
        verify(dbPath, acked);
      }
      next?.child.kill('SIGKILL');
      if (next) await next.closed;
    });
    await Promise.all(lanes);
    console.log(
      `checkpoint kills: ${LANES * KILLS_PER_LANE} in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `${landings.checkpoint} inside the close-time checkpoint (a -wal left), ` +
        `${landings['after-wal-removed']} after it removed the -wal, ${landings['after-close']} after the close`,
    );
    // Most kills must land inside the checkpoint, or the test would prove nothing.
    expect(landings.checkpoint).toBeGreaterThanOrEqual((LANES * KILLS_PER_LANE) / 2);
  }, 600_000);
});
