import type { ImportErrorCode } from '../importers/ImportError';

/** What the worker is started with. */
export interface ImportJobRequest {
  kind: string;
  input: unknown;
  /** Date.now() value by which the job is stopped. */
  deadline: number;
}

/** What the worker posts back: the job's value, or its refusal as plain data. */
export type ImportJobReply =
  | { ok: true; value: unknown }
  | { ok: false; error: { name: string; code?: ImportErrorCode; message: string } };
