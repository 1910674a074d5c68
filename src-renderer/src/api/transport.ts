import type { FactdeskBridge, PushEventName, PushEvents } from '../../../src-main/contract/bridge';
import type { Result } from '../../../src-main/contract/errors';

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

/** The browser host hands out a per-run token in the page URL; it is sent on every API call. */
function hostToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem('factdesk-token', fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem('factdesk-token') ?? '';
}

function httpTransport(): Transport {
  const token = hostToken();
  return {
    async invoke(method, input) {
      let response: Response;
      const body = JSON.stringify(input ?? {});
      try {
        response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body,
          // Small writes still reach the host if the page is being reloaded or closed.
          keepalive: body.length < 60_000,
        });
      } catch {
        return {
          ok: false,
          error: {
            code: 'storage',
            message: 'Factdesk’s host is not answering. Is it still running?',
          },
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
    },
    on() {
      return () => undefined;
    },
    archiveUrl(sourceId) {
      return `/archive/${sourceId}?token=${encodeURIComponent(token)}`;
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
