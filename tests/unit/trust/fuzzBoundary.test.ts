import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-main/contract/errors';
import { contract, isMethodName, methodNames } from '../../../src-main/contract/methods';
import { createIpcInvokeHandler } from '../../../src-main/electron/createIpcInvokeHandler';
import type { RunningHost } from '../../../src-main/host/startHost';
import { signIn } from '../../helpers/hostApi';
import { startHost } from '../../../src-main/host/startHost';
import { countRows } from '../../../src-main/store/countRows';
import type { TempWorkbench } from '../../helpers/tempWorkbench';
import { openTempWorkbench } from '../../helpers/tempWorkbench';
import { ARTICLE_TEXT } from './trustFixtures';

let wb: TempWorkbench;
let host: RunningHost;
let cookie: string;
beforeAll(async () => {
  wb = openTempWorkbench();
  // Real rows, so that a stray id could hit something and a stray write would show.
  const article = await wb.handlers['articles.create']({ text: ARTICLE_TEXT });
  await wb.handlers['claims.create']({ articleId: article.id, start: 4, end: 30 });
  await wb.handlers['sources.create']({ fields: { title: 'Council minutes' } });
  host = await startHost({ dispatch: wb.dispatch, rendererDir: wb.dir });
  cookie = await signIn(host);
});
afterAll(async () => {
  await host.close();
  wb.dispose();
});

const pollution = fc.constantFrom(
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"id":1,"__proto__":{"id":2}}',
  '{"patch":{"__proto__":{"notes":"x"}},"id":1}',
  '{"fields":{"__proto__":{"title":"x"}}}',
  '{"name":"../../etc/passwd"}',
);

/** Anything at all: wrong types, deep junk, huge strings and keys that pollute prototypes. */
const payload: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }),
    weight: 10,
  },
  {
    arbitrary: fc.dictionary(
      fc.constantFrom(
        'id',
        'articleId',
        'claimId',
        'sourceId',
        'name',
        'patch',
        'fields',
        'text',
        '__proto__',
        'constructor',
      ),
      fc.oneof(
        fc.integer(),
        fc.string(),
        fc.constant(null),
        fc.array(fc.anything(), { maxLength: 3 }),
        fc.object(),
      ),
    ),
    weight: 10,
  },
  { arbitrary: pollution.map((json) => JSON.parse(json) as unknown), weight: 3 },
  { arbitrary: fc.constant({ text: 'x'.repeat(6_000_000) }), weight: 1 },
  { arbitrary: fc.constant({ id: Number.MAX_SAFE_INTEGER + 2 }), weight: 1 },
);

/** A payload the schema accepts is an ordinary call, not an attack on the boundary. */
const isValid = (method: string, input: unknown) =>
  isMethodName(method) && contract[method].input.safeParse(input ?? {}).success;

/** Invalid input is refused by the contract before any handler runs, naming the problem. */
function judge(method: string, answer: Result<unknown>): void {
  expect(answer.ok, `${method} accepted an invalid payload`).toBe(false);
  if (answer.ok) return;
  expect(answer.error.code, `${method} → ${JSON.stringify(answer.error)}`).toBe('invalid_input');
}

function unpolluted(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
}

const methods = fc.constantFrom(...methodNames);

function parsedOrUndefined(body: string): unknown {
  try {
    return body.length > 0 ? (JSON.parse(body) as unknown) : {};
  } catch {
    return Symbol('not JSON');
  }
}

describe('fuzzing the boundary: arbitrary payloads to every method', () => {
  it('through the browser host over real HTTP: refused cleanly, nothing written', async () => {
    const before = countRows(wb.store.db);
    await fc.assert(
      fc.asyncProperty(methods, payload, async (method, input) => {
        if (isValid(method, input)) return;
        const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
          method: 'POST',
          headers: { Cookie: cookie, 'Content-Type': 'application/json' },
          body: JSON.stringify(input) ?? '',
        });
        expect(response.status).toBeLessThan(500);
        judge(method, (await response.json()) as Result<unknown>);
      }),
      { numRuns: 300 },
    );
    expect(countRows(wb.store.db)).toEqual(before);
    unpolluted();
  });

  it('through the host with bodies that are not even JSON', async () => {
    await fc.assert(
      fc.asyncProperty(methods, fc.string({ maxLength: 200 }), async (method, body) => {
        if (isValid(method, parsedOrUndefined(body))) return;
        const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
          method: 'POST',
          headers: { Cookie: cookie },
          body,
        });
        expect(response.status).toBeLessThan(500);
        judge(method, (await response.json()) as Result<unknown>);
      }),
      { numRuns: 150 },
    );
  });

  it('through the Electron IPC adapter, with any method value: refused cleanly, nothing written', async () => {
    const handle = createIpcInvokeHandler(wb.dispatch, 'factdesk://app');
    const frame = { senderFrame: { url: 'factdesk://app/index.html' } } as never;
    const before = countRows(wb.store.db);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(methods, fc.anything({ maxDepth: 1 })),
        payload,
        async (method, input) => {
          if (typeof method === 'string' && isValid(method, input)) return;
          const answer = await handle(frame, method, input);
          if (!answer.ok && answer.error.code === 'unknown_method') return;
          judge(typeof method === 'string' ? method : 'a method that is not a string', answer);
        },
      ),
      { numRuns: 300 },
    );
    expect(countRows(wb.store.db)).toEqual(before);
    unpolluted();
  });
});
