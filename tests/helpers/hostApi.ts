import type { Result } from '../../src-main/contract/errors';
import type { RunningHost } from '../../src-main/host/startHost';

/** Signs in as a page does (a one-time code for a session cookie); returns the Cookie header. */
export async function signIn(host: Pick<RunningHost, 'origin' | 'signInUrl'>): Promise<string> {
  const code = new URL(host.signInUrl()).searchParams.get('code');
  const response = await fetch(`${host.origin}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`sign-in failed (HTTP ${response.status})`);
  return cookie;
}

/** Calls a running host's API as the renderer does, after signing in. */
export function hostApi(host: RunningHost) {
  let cookie = '';
  return {
    async login(): Promise<void> {
      cookie = await signIn(host);
    },
    get cookie() {
      return cookie;
    },
    async call(method: string, input: unknown): Promise<Result<unknown>> {
      const response = await fetch(`${host.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Result<unknown>;
    },
  };
}
