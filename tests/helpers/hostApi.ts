import type { RunningHost } from '../../src-main/host/startHost';
import type { Result } from '../../src-main/contract/errors';

/** Calls a running host's API as the renderer does. */
export function hostApi(host: RunningHost) {
  return {
    async login(): Promise<void> {},
    async call(method: string, input: unknown): Promise<Result<unknown>> {
      const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Result<unknown>;
    },
  };
}
