/**
 * A child process for the crash-safety test: it writes to the workbench in a loop and prints a
 * line for each write only after the call has returned, so every printed id is acknowledged.
 * The parent kills it with SIGKILL at random moments. Usage: node crashWriter.mjs DB_PATH
 * It loads, prints "loaded", and waits for a line on stdin before touching the database, so the
 * parent can start the next life while the current one is still writing.
 */
import { writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Claim } from '../../src-main/core/model';
import { createWorkbench } from '../../src-main/service/createWorkbench';
import { openStore } from '../../src-main/store/openStore';

const ARTICLE_TEXT = Array.from(
  { length: 40 },
  (_, i) => `Sentence ${i} says the ferry carried ${i * 1000} passengers last year.`,
).join(' ');

/** Lines go straight to the pipe: a write(2) that returned is in the parent's pipe, kill or not. */
const say = (line: string) => writeSync(1, `${line}\n`);

/** The service's handlers are synchronous; a batch inside one transaction relies on it. */
function now<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('expected a synchronous handler');
  return value;
}

const dbPath = process.argv[2];
if (!dbPath) throw new Error('usage: crashWriter DB_PATH');
say(`loaded ${Math.round(performance.now())}`);
await new Promise((go) => process.stdin.once('data', go));
const wentAt = performance.now();
// Built as openWorkbench builds it, minus the file importers: loading those (a DOM, PDF and
// Word parsers) costs more than a whole life of this process.
const store = openStore(dbPath);
const handlers = createWorkbench({
  store,
  dataDir: dirname(dbPath),
  dbPath,
  shell: 'test',
  appVersion: 'crash-test',
  importFile: () => Promise.reject(new Error('no importing in the crash test')),
});
const existing = store.articles.list()[0];
const articleId =
  existing?.id ??
  now(handlers['articles.create']({ text: ARTICLE_TEXT, meta: { title: 'Crash' } })).id;
// Notes count up across lives: a note committed but unacknowledged before an earlier kill must
// never look newer than one this life acknowledges.
const lastNote = Math.max(
  0,
  ...store.claims.listByArticle(articleId).map((claim) => Number(claim.notes.slice(1)) || 0),
);
say(`ready ${articleId} ${Math.round(performance.now() - wentAt)}`);

const spanAt = (i: number) => {
  const start = (i * 7) % (ARTICLE_TEXT.length - 40);
  return { start, end: start + 20 + (i % 15) };
};

for (let i = 0; ; i++) {
  const { start, end } = spanAt(i);
  const step = i % 4;
  if (step === 0) {
    const claim = now(handlers['claims.create']({ articleId, start, end, claimant: `c${i}` }));
    say(`claim ${claim.id}`);
  } else if (step === 1) {
    // A multi-step batch: claim, verdict, source and citation commit together or not at all.
    const made = store.transaction(() => {
      const claim: Claim = now(handlers['claims.create']({ articleId, start, end }));
      now(handlers['verdicts.set']({ claimId: claim.id, ratingKey: null, conclusion: `v${i}` }));
      const source = now(handlers['sources.create']({ fields: { title: `s${i}` } }));
      now(handlers['sources.attach']({ claimId: claim.id, sourceId: source.id }));
      return { claimId: claim.id, sourceId: source.id };
    });
    say(`batch ${made.claimId} ${made.sourceId} v${i}`);
  } else if (step === 2) {
    // A batch that fails midway must leave nothing behind.
    try {
      store.transaction(() => {
        now(handlers['claims.create']({ articleId, start, end, claimant: 'doomed' }));
        now(handlers['sources.create']({ fields: { title: 'doomed' } }));
        throw new Error('abandoned on purpose');
      });
    } catch {
      say('abandoned');
    }
  } else {
    const claims = store.claims.listByArticle(articleId);
    const target = claims[i % Math.max(1, claims.length)];
    if (target) {
      const note = `n${lastNote + 1 + i}`;
      now(handlers['claims.update']({ id: target.id, patch: { notes: note } }));
      say(`note ${target.id} ${note}`);
    }
  }
}
