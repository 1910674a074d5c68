import type { MethodInput, MethodName, MethodOutput } from '../../../src-main/contract/methods';
import { cacheAfterWrite, claimWrittenBy } from '../api/cacheAfterWrite';
import { call } from '../api/client';
import { queryClient } from '../api/queryClient';
import { storeClaim } from '../api/storeClaim';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { uiActions } from './uiStore';

export interface WriteOptions {
  /** The caller shows the error next to the form that caused it; nothing was lost. */
  inlineErrors?: boolean;
}

/** Writes on their way, per claim they change. */
const claimWrites = new Map<number, number>();

function countClaimWrite(claimId: number | null, by: 1 | -1): void {
  if (claimId === null) return;
  const count = (claimWrites.get(claimId) ?? 0) + by;
  if (count > 0) claimWrites.set(claimId, count);
  else claimWrites.delete(claimId);
}

const context = { laterWriteTo: (claimId: number) => (claimWrites.get(claimId) ?? 0) > 0 };

/**
 * Every change to the data goes through here: the status bar says "Saving…" until it has
 * settled, a failure is never silent (the status bar and a notice say what was not saved, unless
 * the caller shows it inline), and the query cache is brought up to date on success. After a
 * failed change to a claim, the claim as stored is read again, so nothing shown is left unsaved.
 * Rejects with the service's ApiError, or a transport failure, after reporting it.
 */
export async function write<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: WriteOptions = {},
): Promise<MethodOutput<M>> {
  const claimId = claimWrittenBy(method, input);
  uiActions.writeStarted();
  countClaimWrite(claimId, 1);
  let output: MethodOutput<M>;
  try {
    output = await call(method, input);
  } catch (error) {
    countClaimWrite(claimId, -1);
    if (claimId !== null && !context.laterWriteTo(claimId)) {
      void call('claims.get', { id: claimId }).then(
        (stored) => storeClaim(queryClient, stored),
        () => undefined,
      );
    }
    if (options.inlineErrors) {
      uiActions.writeRefused();
      throw error;
    }
    const message = errorMessage(error);
    uiActions.writeSettled(message);
    uiActions.notify({ message: `Not saved: ${message}`, tone: 'error' });
    throw error;
  }
  countClaimWrite(claimId, -1);
  cacheAfterWrite(queryClient, method, input, output, context);
  uiActions.writeSettled();
  return output;
}
