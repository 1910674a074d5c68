import { FactdeskError } from '../contract/errors';
import type { Handlers } from '../contract/methods';
import { describeStorageFailure } from '../store/describeStorageFailure';

/**
 * Turns a full disk, a read-only folder or a damaged file into the contract's `storage` error
 * with a plain sentence. The failed call's transaction was rolled back by then, so nothing that
 * was saved before is touched.
 */
export function withStorageErrors(handlers: Handlers, dataDir?: string): Handlers {
  const wrapped = Object.entries(handlers).map(([name, handler]) => {
    const run = handler as (input: unknown) => unknown;
    return [
      name,
      async (input: unknown) => {
        try {
          return await run(input);
        } catch (error) {
          const message = describeStorageFailure(error, dataDir);
          if (message === null) throw error;
          const detail = error instanceof Error ? ` (${error.message})` : '';
          throw new FactdeskError('storage', `${message}${detail}`);
        }
      },
    ];
  });
  return Object.fromEntries(wrapped) as Handlers;
}
