import type { Handlers } from '../contract/methods';
import { FactdeskError } from '../contract/errors';
import type { Preferences } from '../core/model';
import { Preferences as PreferencesSchema } from '../core/model';
import type { Store } from '../store/openStore';
import type { WorkbenchContext } from './WorkbenchContext';
import { allScales } from './scaleHandlers';

export const defaultPreferences: Preferences = {
  checkerName: '',
  organisationName: '',
  organisationUrl: '',
  defaultScaleId: 'standard',
  theme: 'light',
};

export function readPreferences(store: Store): Preferences {
  const stored = PreferencesSchema.partial().safeParse(store.settings.get('preferences') ?? {});
  return { ...defaultPreferences, ...(stored.success ? stored.data : {}) };
}

export function preferenceHandlers(
  ctx: WorkbenchContext,
): Pick<Handlers, 'preferences.get' | 'preferences.set'> {
  const { store } = ctx;
  return {
    'preferences.get': () => ctx.preferences(),
    'preferences.set': ({ patch }) =>
      store.transaction(() => {
        const before = ctx.preferences();
        if (patch.defaultScaleId && !allScales(store).some((s) => s.id === patch.defaultScaleId)) {
          throw new FactdeskError('invalid_input', `There is no scale "${patch.defaultScaleId}"`, [
            { path: 'patch.defaultScaleId', message: 'unknown scale' },
          ]);
        }
        const after = { ...before, ...patch };
        store.settings.set('preferences', after);
        ctx.audit('preferences', 0, 'update', before, after);
        return after;
      }),
  };
}
