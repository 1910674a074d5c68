import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  Handlers,
  MethodName,
  MethodOutput,
  ParsedInput,
} from '../../src-main/contract/methods';
import type { OpenedWorkbench } from '../../src-main/service/openWorkbench';
import { openWorkbench } from '../../src-main/service/openWorkbench';

export const fixturesDir = join(import.meta.dirname, '../fixtures');

export function fixtureText(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

export function makeTempDir(prefix = 'factdesk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export type AsyncHandlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
};

/** Handlers throw synchronously inside transactions; tests want promises either way. */
function asAsync(handlers: Handlers): AsyncHandlers {
  return new Proxy(handlers, {
    get(target, method: MethodName) {
      const handler = target[method] as (input: unknown) => unknown;
      return async (input: unknown) => handler(input);
    },
  }) as unknown as AsyncHandlers;
}

export interface TempWorkbench extends Omit<OpenedWorkbench, 'handlers'> {
  handlers: AsyncHandlers;
  dir: string;
  /** Moves the fixed test clock on, so audit rows and timestamps are distinguishable. */
  tick(ms?: number): void;
  dispose(): void;
}

/** A real workbench on a real SQLite file in a fresh temporary folder. */
export function openTempWorkbench(): TempWorkbench {
  const dir = makeTempDir();
  let now = Date.parse('2026-03-04T10:00:00.000Z');
  const workbench = openWorkbench({
    dbPath: join(dir, 'factdesk.sqlite'),
    shell: 'test',
    appVersion: '0.0.0-test',
    clock: () => new Date(now),
  });
  return {
    ...workbench,
    handlers: asAsync(workbench.handlers),
    dir,
    tick(ms = 1000) {
      now += ms;
    },
    dispose() {
      workbench.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
