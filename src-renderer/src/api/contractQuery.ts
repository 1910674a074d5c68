import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../src-main/contract/methods';
import { call } from './client';
import { contractKey } from './contractKey';

/** The query for one contract read: its key and how to fetch it. */
export function contractQuery<M extends MethodName>(method: M, input: MethodInput<M>) {
  return queryOptions<MethodOutput<M>, Error, MethodOutput<M>, readonly [M, MethodInput<M>]>({
    queryKey: contractKey(method, input),
    queryFn: () => call(method, input),
  });
}

/** Reads through the cache; pass `null` as input while there is nothing to read yet. */
export function useContractQuery<M extends MethodName>(method: M, input: MethodInput<M> | null) {
  return useQuery({
    ...contractQuery(method, (input ?? {}) as MethodInput<M>),
    enabled: input !== null,
  });
}
