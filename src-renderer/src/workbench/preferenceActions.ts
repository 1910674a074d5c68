import type { Preferences } from '../../../src-main/core/model';
import type { MethodInput } from '../../../src-main/contract/methods';
import { contractKey } from '../api/contractKey';
import { queryClient } from '../api/queryClient';
import { write } from './write';

/**
 * Changes preferences. The change is shown at once, so a radio button or a select never jumps
 * back while the save is on its way; if it fails (the save says why), the previous values return.
 */
export async function setPreferences(patch: MethodInput<'preferences.set'>['patch']) {
  const key = contractKey('preferences.get', {});
  const before = queryClient.getQueryData<Preferences>(key);
  queryClient.setQueryData<Preferences>(key, (current) =>
    current ? { ...current, ...patch } : current,
  );
  try {
    await write('preferences.set', { patch });
  } catch (error) {
    queryClient.setQueryData(key, before);
    throw error;
  }
}
