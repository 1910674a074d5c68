import type { MethodInput, MethodName } from '../../../src-main/contract/methods';

/**
 * A cache key named after the contract method that reads the data and the input it was read with,
 * e.g. `['claims.outline', { articleId: 3 }]`; writes invalidate by the same names.
 */
export function contractKey<M extends MethodName>(method: M, input: MethodInput<M>) {
  return [method, input] as const;
}
