import { z } from 'zod';
import { errorMessage } from '../core/errorMessage';

export const errorCodes = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  'unsupported',
  'storage',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const FieldIssue = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorPayload = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(FieldIssue).optional(),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;

/** The one error type that crosses every boundary; shells turn it into IPC, HTTP or stderr. */
export class FactdeskError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'FactdeskError';
    this.code = code;
    this.issues = issues;
  }

  toPayload(): ErrorPayload {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

export function notFound(what: string, id: number | string): FactdeskError {
  return new FactdeskError('not_found', `${what} ${id} does not exist`);
}

export function invalid(path: string, message: string): FactdeskError {
  return new FactdeskError('invalid_input', `${path}: ${message}`, [{ path, message }]);
}

export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof FactdeskError) return error.toPayload();
  const message = errorMessage(error);
  return { code: 'internal', message };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
