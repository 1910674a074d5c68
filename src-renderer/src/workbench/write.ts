import type { MethodInput, MethodName, MethodOutput } from '../../../src-main/contract/methods';
import { cacheAfterWrite } from '../api/cacheAfterWrite';
import { call } from '../api/client';
import { queryClient } from '../api/queryClient';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { uiActions } from './uiStore';

export interface WriteOptions {
  /** The caller shows the error next to the form that caused it; nothing was lost. */
  inlineErrors?: boolean;
}

/**
 * Every change to the data goes through here: the status bar says "Saving…" until it has
 * settled, a failure is never silent (the status bar and a notice say what was not saved, unless
 * the caller shows it inline), and the query cache is brought up to date on success.
 * Rejects with the service's ApiError, or a transport failure, after reporting it.
 */
export async function write<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: WriteOptions = {},
): Promise<MethodOutput<M>> {
  uiActions.writeStarted();
  let output: MethodOutput<M>;
  try {
    output = await call(method, input);
  } catch (error) {
    if (options.inlineErrors) {
      uiActions.writeRefused();
      throw error;
    }
    const message = errorMessage(error);
    uiActions.writeSettled(message);
    uiActions.notify({ message: `Not saved: ${message}`, tone: 'error' });
    throw error;
  }
  cacheAfterWrite(queryClient, method, input, output);
  uiActions.writeSettled();
  return output;
}
