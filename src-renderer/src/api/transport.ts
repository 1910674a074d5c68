import type { FactdeskBridge, PushEventName, PushEvents } from '../../../src-main/contract/bridge';
import type { Result } from '../../../src-main/contract/errors';
import { postApiRequest } from './postApiRequest';
import { requestsOffMainThread, roughJsonLength } from './requestsOffMainThread';

declare global {
  interface Window {
    factdesk?: FactdeskBridge;
  }
}

export interface Transport {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  on<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void): () => void;
  /** Where an archived copy can be opened, or null where the shell opens it itself. */
  archiveUrl(sourceId: number): string | null;
}

/**
 * The browser host puts a one-time code in the URL it opens; the page trades it for a session
 * cookie (HttpOnly, so no script ever sees the session) and takes the code out of the address
 * bar and history. Without a code the page relies on the cookie it already has.
 */
async function signIn(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('code');
  if (!code) return;
  params.delete('code');
  const rest = params.toString();
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`,
  );
  try {
    const response = await fetch('/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
      credentials: 'same-origin',
    });
    // Read to the end: an unread body keeps the request open in the browser.
    await response.text();
  } catch {
    // The API calls that follow say plainly that the host is not answering.
  }
}

/** Requests whose input holds about this many characters or more are sent by the worker. */
const OFF_MAIN_THREAD_CHARS = 60_000;

function httpTransport(): Transport {
  const signedIn = signIn();
  const sendFromWorker = requestsOffMainThread(
    () => new Worker(new URL('./apiRequestWorker.ts', import.meta.url), { type: 'module' }),
    postApiRequest,
  );
  return {
    async invoke(method, input) {
      await signedIn;
      // A text save carries the whole article: its body is made and sent beside the page.
      return roughJsonLength(input) >= OFF_MAIN_THREAD_CHARS
        ? sendFromWorker(method, input)
        : postApiRequest(method, input);
    },
    on() {
      return () => undefined;
    },
    archiveUrl(sourceId) {
      return `/archive/${sourceId}`;
    },
  };
}

function bridgeTransport(bridge: FactdeskBridge): Transport {
  return {
    invoke: (method, input) => bridge.invoke(method, input),
    on: (event, listener) => bridge.on(event, listener),
    archiveUrl: () => null,
  };
}

export const transport: Transport = window.factdesk
  ? bridgeTransport(window.factdesk)
  : httpTransport();
