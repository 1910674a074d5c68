import type { z } from 'zod';
import type { Handlers, MethodName } from './methods';
import { contract, isMethodName } from './methods';
import type { Result } from './errors';
import { FactdeskError, toErrorPayload } from './errors';
import { findIllFormedString } from '../core/text/wellFormedText';

const ILL_FORMED_MESSAGE =
  'contains a lone surrogate (half of a UTF-16 pair), which is not valid text; ' +
  'send well-formed UTF-16 (replace it with U+FFFD or remove it)';

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
  // Every text-bearing string, at any depth: SQLite would store a lone surrogate as three
  // U+FFFD and move every offset after it.
  const illFormed = findIllFormedString(parsed.data);
  if (illFormed) {
    throw new FactdeskError('invalid_input', `${method}: ${illFormed}: ${ILL_FORMED_MESSAGE}`, [
      { path: illFormed, message: ILL_FORMED_MESSAGE },
    ]);
  }
  return parsed.data;
}

/**
 * Checks a method's result against its contract output schema. A mismatch is our bug, not the
 * caller's: an `internal` error naming the method and the first field that is wrong (a column
 * left out of a query shows up here as "expected string, received undefined").
 */
export function checkOutput(method: MethodName, value: unknown): void {
  const parsed = contract[method].output.safeParse(value);
  if (parsed.success) {
    const illFormed = findIllFormedString(parsed.data);
    if (!illFormed) return;
    throw new FactdeskError(
      'internal',
      `${method} returned a result that does not match its contract: ${illFormed}: ${ILL_FORMED_MESSAGE}`,
    );
  }
  const issues = issuesFrom(parsed.error);
  const first = issues[0];
  throw new FactdeskError(
    'internal',
    `${method} returned a result that does not match its contract` +
      (first ? `: ${first.path.replace('(input)', '(result)')}: ${first.message}` : ''),
    issues,
  );
}

export interface DispatcherOptions {
  /**
   * Parse every result against the method's output schema before returning it. On in tests and
   * development (service/outputChecksWanted decides); a packaged app skips the cost.
   */
  checkOutputs?: boolean;
}

/**
 * The single entry point every shell uses: unknown method → error, input parsed before any
 * handler runs (so invalid input writes nothing), the result checked against the contract when
 * `checkOutputs` is on, errors returned as data, never thrown across the boundary.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}) {
  return async function dispatch(method: string, input: unknown): Promise<Result<unknown>> {
    try {
      if (!isMethodName(method)) {
        throw new FactdeskError('unknown_method', `There is no API method called "${method}"`);
      }
      const data = parseInput(method, input);
      const handler = handlers[method] as (input: unknown) => unknown;
      const value: unknown = await handler(data);
      if (options.checkOutputs) checkOutput(method, value);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error) };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
