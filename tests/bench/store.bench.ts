import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbench } from '../../src-main/service/openWorkbench';
import type { Benchmark } from './harness';

const CLAIMS = 2000;

/**
 * What the service adds to a claim write (validation, selector, audit row, read-back) over the
 * bare store insert in its own transaction, both durable (WAL, synchronous=FULL).
 */
export const benchmark: Benchmark = {
  name: 'store',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-bench-'));
    try {
      const wb = openWorkbench({
        dbPath: join(dir, 'bench.sqlite'),
        shell: 'test',
        appVersion: 'bench',
      });
      const text = 'The minister said 40 percent of claims were checked. '.repeat(CLAIMS);
      const article = wb.handlers['articles.create']({ text }) as Awaited<
        ReturnType<(typeof wb.handlers)['articles.create']>
      >;
      const span = (i: number) => ({ start: i * 53 + 18, end: i * 53 + 28 });

      // Alternate the two in rounds so disk-sync noise falls on both alike.
      let baseline = 0;
      let value = 0;
      const rounds = 10;
      const perRound = CLAIMS / rounds;
      for (let round = 0; round < rounds; round++) {
        const from = round * perRound;
        let started = performance.now();
        for (let i = from; i < from + perRound; i++) {
          wb.store.transaction(() =>
            wb.store.claims.insert(
              article.id,
              {
                ...span(i),
                exact: '40 percent',
                prefix: '',
                suffix: '',
                anchoredVersion: 1,
                anchorState: 'attached',
              },
              {},
              new Date().toISOString(),
            ),
          );
        }
        baseline += performance.now() - started;
        started = performance.now();
        for (let i = from; i < from + perRound; i++) {
          await wb.handlers['claims.create']({ articleId: article.id, ...span(i) });
        }
        value += performance.now() - started;
      }
      wb.close();
      const ratio = value / baseline;
      return [
        {
          name: `store: ${CLAIMS} claims.create through the service vs bare inserts`,
          value,
          unit: 'ms',
          baseline,
          ratio,
          target: 'ratio <= 3',
          ok: ratio <= 3,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
