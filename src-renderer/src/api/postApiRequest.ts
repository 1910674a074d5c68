import type { Result } from '../../../src-main/contract/errors';

/**
 * Request bodies of this many bytes of UTF-8 or more are not sent with `keepalive`: browsers
 * refuse a keepalive request once the bodies of all those in flight pass 64 KiB, and a refusal
 * reads as a host that does not answer. Small writes (a field, a verdict) fit several times over.
 */
const KEEPALIVE_MAX_BYTES = 16_384;

const notAnswering = {
  ok: false,
  error: { code: 'storage', message: 'Factdesk’s host is not answering. Is it still running?' },
} as const;

/** Whether a body is small enough to be sent with keepalive; measured only when it may be. */
function fitsKeepalive(body: string): boolean {
  return body.length < KEEPALIVE_MAX_BYTES && new Blob([body]).size < KEEPALIVE_MAX_BYTES;
}

/**
 * Sends one contract call to the browser host and reads its answer: the page's session cookie
 * goes with it. Never rejects: a host that does not answer, or answers with something other than
 * a contract result, comes back as a failed Result in plain words. Runs in the page and in the
 * request worker alike.
 */
export async function postApiRequest(method: string, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  const body = JSON.stringify(input ?? {});
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body,
      // Small writes still reach the host if the page is being reloaded or closed; larger text
      // saves are guarded by the question before leaving (textSaves.ts).
      keepalive: fitsKeepalive(body),
    });
  } catch {
    return notAnswering;
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: `Unexpected answer (HTTP ${response.status})` },
    };
  }
}
