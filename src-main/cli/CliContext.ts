import type { Dispatch } from '../contract/dispatch';
import type { MethodInput, MethodName, MethodOutput } from '../contract/methods';
import { FactdeskError } from '../contract/errors';
import { visibleControls } from './visibleControls';

export interface CliIo {
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (escape sequences in it would act, not print). */
  stdoutIsTerminal?: boolean;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliContext {
  io: CliIo;
  json: boolean;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Prints the JSON form with --json, otherwise the human form. */
  print(value: unknown, human: () => string): void;
  warn(message: string): void;
}

export function createCliContext(dispatch: Dispatch, io: CliIo, json: boolean): CliContext {
  return {
    io,
    json,
    async call(method, input) {
      const result = await dispatch(method, input);
      if (!result.ok) {
        throw new FactdeskError(result.error.code, result.error.message, result.error.issues);
      }
      return result.value as MethodOutput<typeof method>;
    },
    print(value, human) {
      io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : `${visibleControls(human())}\n`);
    },
    warn(message) {
      io.stderr(`warning: ${visibleControls(message)}\n`);
    },
  };
}
