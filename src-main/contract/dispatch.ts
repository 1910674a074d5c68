import type { z } from 'zod';
import type { Handlers, MethodName } from './methods';
import { contract, isMethodName } from './methods';
import type { Result } from './errors';
import { FactdeskError, toErrorPayload } from './errors';

export function issuesFrom(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)',
    message: issue.message,
  }));
}

export function parseInput<M extends MethodName>(method: M, input: unknown) {
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issues = issuesFrom(parsed.error);
    const first = issues[0];
    throw new FactdeskError(
      'invalid_input',
      first ? `${method}: ${first.path}: ${first.message}` : `${method}: invalid input`,
      issues,
    );
  }
  return parsed.data;
}

/**
 * The single entry point every shell uses: unknown method → error, input parsed before any
 * handler runs (so invalid input writes nothing), errors returned as data, never thrown
 * across the boundary.
 */
export function createDispatcher(handlers: Handlers) {
  return async function dispatch(method: string, input: unknown): Promise<Result<unknown>> {
    try {
      if (!isMethodName(method)) {
        throw new FactdeskError('unknown_method', `There is no API method called "${method}"`);
      }
      const data = parseInput(method, input);
      const handler = handlers[method] as (input: unknown) => unknown;
      const value: unknown = await handler(data);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error) };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
