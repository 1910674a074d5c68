/**
 * A child process for the checkpoint-kill test. It opens the database exactly as the app does
 * (openWorkbenchSession, recovery and all), writes one large article and a few claims, printing
 * each only after it was acknowledged, then closes the database, which runs SQLite's close-time
 * checkpoint. A killer thread, armed just before the close, SIGKILLs the process a chosen
 * number of microseconds later, so the kill lands inside the checkpoint.
 * Usage: node checkpointWriter.mjs DB_PATH; then one stdin line "go DELAY_US SEED CHARS".
 * Prints "refused REASON MESSAGE" and exits 3 when the database was not opened normally.
 */
import { writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { openWorkbenchSession } from '../../src-main/service/recoverySession';

const say = (line: string) => writeSync(1, `${line}\n`);

// The killer waits on shared memory, so arming it costs no event-loop turn and its delay is
// measured from the moment the close begins.
const shared = new Int32Array(new SharedArrayBuffer(8));
const killer = new Worker(
  `const { workerData } = require('node:worker_threads');
   const cell = new Int32Array(workerData);
   Atomics.wait(cell, 0, 0);
   const delayUs = Atomics.load(cell, 0) - 1;
   if (delayUs > 0) Atomics.wait(cell, 1, 0, delayUs / 1000);
   process.kill(process.pid, 'SIGKILL');`,
  { eval: true, workerData: shared.buffer },
);
killer.unref();

/** Deterministic article text of about `chars` characters, different for every seed. */
function articleText(seed: number, chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const sentence = `Paragraph ${i} of import ${seed} says ${(seed * 7919 + i * 104729) % 1000003} passengers used the ferry.`;
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join('\n');
}

const dbPath = process.argv[2];
if (!dbPath) throw new Error('usage: checkpointWriter DB_PATH');
say('loaded');
const line = await new Promise<string>((go) =>
  process.stdin.once('data', (chunk: Buffer) => go(chunk.toString())),
);
const [, delayUs = '0', seed = '1', chars = '400000'] = line.trim().split(' ');

const session = await openWorkbenchSession({ dbPath, shell: 'test', appVersion: 'kill-test' });
const status = session.status();
if (status.mode !== 'normal' || status.movedAside.length > 0) {
  say(`refused ${status.reason ?? 'set-aside'} ${status.message}`);
  process.exit(3);
}
const dispatch = async <T>(method: string, input: unknown): Promise<T> => {
  const answer = await session.dispatch(method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value as T;
};
const text = articleText(Number(seed), Number(chars));
const article = await dispatch<{ id: number; sha256: string }>('articles.create', {
  text,
  meta: { title: `Import ${seed}` },
});
say(`article ${article.id} ${article.sha256}`);
for (let n = 0; n < 3; n++) {
  const start = n * 200;
  const claim = await dispatch<{ id: number }>('claims.create', {
    articleId: article.id,
    start,
    end: start + 40,
  });
  say(`claim ${claim.id}`);
}
say('closing');
const closingAt = performance.now();
Atomics.store(shared, 0, Number(delayUs) + 1);
Atomics.notify(shared, 0);
session.close();
say(`closed ${(performance.now() - closingAt).toFixed(2)}`);
process.exit(0);
