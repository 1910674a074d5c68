import type { Result } from '../../../src-main/contract/errors';

/**
 * Larger request bodies than this (in UTF-16 code units of their JSON) are not sent with
 * `keepalive`, which browsers cap at 64 KiB for all of a page's requests in flight together.
 */
export const KEEPALIVE_MAX_CHARS = 60_000;

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
      // Small writes still reach the host if the page is being reloaded or closed.
      keepalive: body.length < KEEPALIVE_MAX_CHARS,
    });
  } catch {
    return {
      ok: false,
      error: { code: 'storage', message: 'Factdesk’s host is not answering. Is it still running?' },
    };
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
