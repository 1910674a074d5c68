import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../../src-main/host/startHost';
import { startHost } from '../../../src-main/host/startHost';
import type { WorkbenchSession } from '../../../src-main/service/recoverySession';
import { openWorkbenchSession } from '../../../src-main/service/recoverySession';
import { hostApi } from '../../helpers/hostApi';
import { makeTempDir } from '../../helpers/tempWorkbench';
import { hostileInputs } from './helpers/hostileInputs';

let dir: string;
let session: WorkbenchSession;
let host: RunningHost;
let api: ReturnType<typeof hostApi>;

beforeAll(async () => {
  dir = makeTempDir('factdesk-hostile-');
  session = await openWorkbenchSession({
    dbPath: join(dir, 'factdesk.sqlite'),
    shell: 'test',
    appVersion: '0.0.0-test',
  });
  host = await startHost({ dispatch: session.dispatch, rendererDir: join(dir, 'renderer') });
  api = hostApi(host);
  await api.login();
});
afterAll(async () => {
  await host.close();
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Starts an import over HTTP and, while it runs, asks the host for something else every 100 ms;
 * returns the import's answer, how long it took, and the slowest answer to the other requests.
 */
async function importWhilePinging(fileName: string, bytes: Buffer) {
  const started = performance.now();
  let done = false;
  const importing = api
    .call('articles.import', { fileName, dataBase64: bytes.toString('base64') })
    .finally(() => (done = true));
  let slowestPing = 0;
  let pings = 0;
  while (!done) {
    const sent = performance.now();
    const info = await api.call('app.info', {});
    expect(info.ok).toBe(true);
    slowestPing = Math.max(slowestPing, performance.now() - sent);
    pings++;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const answer = await importing;
  return { answer, elapsed: performance.now() - started, slowestPing, pings };
}

describe('no small file freezes the app', () => {
  it.each(hostileInputs.map((input) => [input.name, input] as const))(
    '%s: completes or is refused within 5 s, and the host answers other requests within 1 s meanwhile',
    async (_, input) => {
      const bytes = await input.build();
      const before = await api.call('articles.list', {});
      const { answer, elapsed, slowestPing, pings } = await importWhilePinging(
        input.fileName,
        bytes,
      );
      console.log(
        `${input.name}: ${answer.ok ? 'imported' : 'refused'} in ${Math.round(elapsed)} ms; ` +
          `${pings} other requests, slowest ${Math.round(slowestPing)} ms`,
      );
      expect(elapsed).toBeLessThan(5000);
      expect(slowestPing).toBeLessThan(1000);
      if (!answer.ok) {
        // A refusal names the file and says why in words, and writes nothing.
        expect(answer.error.message).toContain(input.fileName);
        expect(await api.call('articles.list', {})).toEqual(before);
      }
    },
    60_000,
  );
});

describe('the import worker’s limits', () => {
  it('stops an import that runs past its time limit: refused with the reason, nothing written, host responsive', async () => {
    const limited = await openWorkbenchSession({
      dbPath: join(dir, 'limited.sqlite'),
      shell: 'test',
      appVersion: '0.0.0-test',
      importLimits: { timeMs: 300 },
    });
    const limitedHost = await startHost({
      dispatch: limited.dispatch,
      rendererDir: join(dir, 'renderer'),
    });
    const limitedApi = hostApi(limitedHost);
    await limitedApi.login();
    try {
      const slow = hostileInputs.find((input) => input.fileName === 'wide.html');
      if (!slow) throw new Error('the wide page fixture is missing');
      const bytes = await slow.build();
      const started = performance.now();
      const importing = limitedApi.call('articles.import', {
        fileName: 'wide.html',
        dataBase64: bytes.toString('base64'),
      });
      const sent = performance.now();
      expect((await limitedApi.call('articles.list', {})).ok).toBe(true);
      expect(performance.now() - sent).toBeLessThan(1000);
      const answer = await importing;
      expect(performance.now() - started).toBeLessThan(3000);
      expect(answer).toMatchObject({
        ok: false,
        error: {
          code: 'unsupported',
          message: expect.stringMatching(
            /^"wide\.html" took longer than 0\.3 seconds to read, so Factdesk stopped reading it; nothing was imported\./,
          ),
          issues: [{ path: 'file', message: 'too_slow' }],
        },
      });
      expect(await limitedApi.call('articles.list', {})).toEqual({ ok: true, value: [] });
    } finally {
      await limitedHost.close();
      limited.close();
    }
  });

  it('stops an import that needs more memory than its limit', async () => {
    const limited = await openWorkbenchSession({
      dbPath: join(dir, 'small-memory.sqlite'),
      shell: 'test',
      appVersion: '0.0.0-test',
      importLimits: { memoryMb: 32 },
    });
    try {
      const page = `<html><body>${'<p>A paragraph of the article, long enough to matter.</p>'.repeat(100_000)}</body></html>`;
      const answer = await limited.dispatch('articles.import', {
        fileName: 'big.html',
        dataBase64: Buffer.from(page).toString('base64'),
      });
      expect(answer).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/needed more than 32 MB of memory/) },
      });
      expect(await limited.dispatch('articles.list', {})).toEqual({ ok: true, value: [] });
    } finally {
      limited.close();
    }
  });
});
