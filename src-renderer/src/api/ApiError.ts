import type { ErrorPayload } from '../../../src-main/contract/errors';

/** A refusal or failure the service answered with, in the contract's error shape. */
export class ApiError extends Error {
  readonly payload: ErrorPayload;
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.payload = payload;
  }
}

/** True when the service refused a write because the data changed since it was read. */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.payload.code === 'conflict';
}
