import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../../src-main/contract/methods';
import { createIpcInvokeHandler } from '../../../src-main/electron/createIpcInvokeHandler';
import { startHost } from '../../../src-main/host/startHost';
import { signIn } from '../../helpers/hostApi';
import type { RunningHost } from '../../../src-main/host/startHost';
import { runCli } from '../../../src-main/cli/runCli';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';

let wb: TempWorkbench;
let host: RunningHost;
let cookie: string;
beforeAll(async () => {
  wb = openTempWorkbench();
  host = await startHost({ dispatch: wb.dispatch, rendererDir: wb.dir });
  cookie = await signIn(host);
});
afterAll(async () => {
  await host.close();
  wb.dispose();
});

/**
 * Every method's input is a strict object, so a routed call with an unexpected field reaches
 * the contract's validation and comes back naming the field; anything else was not routed.
 */
interface Answer {
  ok: boolean;
  error?: { code: string; issues?: { path: string }[] };
}
const reachedValidation = (answer: Answer) =>
  answer.error?.code === 'invalid_input' && (answer.error.issues?.length ?? 0) > 0;

describe('every contract method is handled in every shell', () => {
  it('the service implements every method and nothing else', () => {
    expect(Object.keys(wb.service).sort()).toEqual([...methodNames].sort());
  });

  it.each(methodNames)('the browser host routes %s', async (method) => {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ unexpectedField: true }),
    });
    expect(reachedValidation((await response.json()) as Answer)).toBe(true);
  });

  it.each(methodNames)('the Electron IPC adapter routes %s', async (method) => {
    const handle = createIpcInvokeHandler(wb.dispatch, 'factdesk://app');
    const result = await handle(
      { senderFrame: { url: 'factdesk://app/index.html' } } as never,
      method,
      { unexpectedField: true },
    );
    expect(reachedValidation(result as Answer)).toBe(true);
  });

  it.each(methodNames)('the CLI routes %s through `factdesk api`', async (method) => {
    let stderr = '';
    await runCli(['--db', wb.dbPath, '--json', 'api', method, '{"unexpectedField":true}'], {
      io: { stdout: () => undefined, stderr: (t) => (stderr += t) },
      appVersion: 'test',
    });
    expect(reachedValidation(JSON.parse(stderr) as Answer)).toBe(true);
  });

  it('an unknown method is refused by each shell', async () => {
    const handle = createIpcInvokeHandler(wb.dispatch, 'factdesk://app');
    const viaIpc = await handle(
      { senderFrame: { url: 'factdesk://app/' } } as never,
      'claims.explode',
      {},
    );
    expect(viaIpc).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const viaHost = await fetch(`http://127.0.0.1:${host.port}/api/claims.explode`, {
      method: 'POST',
      headers: { Cookie: cookie },
    });
    expect(viaHost.status).toBe(404);
  });

  it('the IPC adapter refuses calls from any other frame', async () => {
    const handle = createIpcInvokeHandler(wb.dispatch, 'factdesk://app');
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', '']) {
      const result = await handle({ senderFrame: { url } } as never, 'articles.list', {});
      expect(result.ok).toBe(false);
    }
    expect(await handle({ senderFrame: null } as never, 'articles.list', {})).toMatchObject({
      ok: false,
    });
  });
});
