import type { MethodInput, MethodName, MethodOutput } from '../../../src-main/contract/methods';
import { ApiError } from './ApiError';
import { transport } from './transport';

export { ApiError };

/** The renderer's only way to the data; it never knows whether Electron or the host answers. */
export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await transport.invoke(method, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as MethodOutput<M>;
}

export const onPush = transport.on;
export const archiveUrl = transport.archiveUrl;
