import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dispatch } from '../../src-main/contract/dispatch';
import { FactdeskError } from '../../src-main/contract/errors';
import type { MethodInput, MethodName, MethodOutput } from '../../src-main/contract/methods';
import type { OpenedWorkbench } from '../../src-main/service/openWorkbench';
import { openWorkbench } from '../../src-main/service/openWorkbench';

export const fixturesDir = join(import.meta.dirname, '../fixtures');

export function fixtureText(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

export function makeTempDir(prefix = 'factdesk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Every contract method as an async function that resolves to its result or throws its error. */
export type DispatchedHandlers = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

/**
 * Calls go through the dispatcher exactly as a shell's do: input parsed, storage errors
 * wrapped, every result checked against the contract; an error comes back as a FactdeskError.
 */
export function throughDispatcher(dispatch: Dispatch): DispatchedHandlers {
  const call = async (method: string, input: unknown) => {
    const result = await dispatch(method, input);
    if (!result.ok) {
      throw new FactdeskError(result.error.code, result.error.message, result.error.issues);
    }
    return result.value;
  };
  return new Proxy(
    {},
    { get: (_target, method: string) => (input: unknown) => call(method, input) },
  ) as DispatchedHandlers;
}

export interface TempWorkbench extends Omit<OpenedWorkbench, 'handlers'> {
  /** The contract's methods, called through the dispatcher (see throughDispatcher). */
  handlers: DispatchedHandlers;
  /** The service's own handler table, for checking its shape; call methods through handlers. */
  service: OpenedWorkbench['handlers'];
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
    checkOutputs: true,
  });
  return {
    ...workbench,
    handlers: throughDispatcher(workbench.dispatch),
    service: workbench.handlers,
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
