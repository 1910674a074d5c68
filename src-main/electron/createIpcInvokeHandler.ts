import type { IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../contract/dispatch';
import type { Result } from '../contract/errors';

/** Compares scheme and host, because URL.origin is "null" for custom schemes outside Electron. */
function fromApp(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, appOrigin: string): boolean {
  const frameUrl = event.senderFrame?.url;
  if (!frameUrl) return false;
  try {
    const frame = new URL(frameUrl);
    const app = new URL(appOrigin);
    return frame.protocol === app.protocol && frame.host === app.host && frame.host !== '';
  } catch {
    return false;
  }
}

/**
 * The IPC adapter's whole logic, kept free of Electron's runtime so it can be tested without the
 * binary: the sender frame is checked on every call, then the contract dispatches.
 */
export function createIpcInvokeHandler(dispatch: Dispatch, appOrigin: string) {
  return async (
    event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
    method: unknown,
    input: unknown,
  ): Promise<Result<unknown>> => {
    if (!fromApp(event, appOrigin)) {
      return { ok: false, error: { code: 'invalid_input', message: 'Unexpected sender frame' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'invalid_input', message: 'method must be a string' } };
    }
    return dispatch(method, input);
  };
}
