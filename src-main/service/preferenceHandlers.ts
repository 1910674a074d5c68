import type { Handlers } from '../contract/methods';
import { FactdeskError } from '../contract/errors';
import { describeBytes, limits } from '../core/limits';
import { logoType } from '../core/logoType';
import type { Preferences } from '../core/model';
import { Preferences as PreferencesSchema } from '../core/model';
import type { Store } from '../store/openStore';
import type { WorkbenchContext } from './WorkbenchContext';
import { decodeBase64 } from './articleHandlers';
import type { createArchiveStore } from './archiveStore';
import { allScales } from './scaleHandlers';

export const defaultPreferences: Preferences = {
  checkerName: '',
  organisationName: '',
  organisationUrl: '',
  methodologyUrl: '',
  correctionsUrl: '',
  logo: null,
  profilePromptDone: false,
  defaultScaleId: 'standard',
  theme: 'light',
};

/**
 * The stored preferences, each field read on its own: one that no longer passes its schema (an
 * organisation URL saved before URLs were checked) falls back to its default and the others stay.
 */
export function readPreferences(store: Store): Preferences {
  const raw: unknown = store.settings.get('preferences') ?? {};
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const read: Record<string, unknown> = { ...defaultPreferences };
  for (const [key, schema] of Object.entries(PreferencesSchema.shape)) {
    const parsed = schema.safeParse(stored[key]);
    if (parsed.success) read[key] = parsed.data;
  }
  return read as Preferences;
}

type PreferenceMethods =
  'preferences.get' | 'preferences.set' | 'preferences.setLogo' | 'preferences.clearLogo';

export function preferenceHandlers(
  ctx: WorkbenchContext,
  archives: ReturnType<typeof createArchiveStore>,
): Pick<Handlers, PreferenceMethods> {
  const { store } = ctx;
  const change = (patch: Partial<Preferences>): Preferences =>
    store.transaction(() => {
      const before = ctx.preferences();
      const after = { ...before, ...patch };
      store.settings.set('preferences', after);
      ctx.audit('preferences', 0, 'update', before, after);
      return after;
    });
  return {
    'preferences.get': () => ctx.preferences(),
    'preferences.set': ({ patch }) => {
      if (patch.defaultScaleId && !allScales(store).some((s) => s.id === patch.defaultScaleId)) {
        throw new FactdeskError('invalid_input', `There is no scale "${patch.defaultScaleId}"`, [
          { path: 'patch.defaultScaleId', message: 'unknown scale' },
        ]);
      }
      return change(patch);
    },
    'preferences.setLogo': ({ fileName, dataBase64 }) => {
      const bytes = decodeBase64(dataBase64, 'dataBase64');
      if (bytes.byteLength > limits.logoBytes) {
        throw new FactdeskError(
          'invalid_input',
          `The logo is ${describeBytes(bytes.byteLength)}; a logo may be at most ${describeBytes(limits.logoBytes)}, since every HTML report carries it.`,
          [{ path: 'dataBase64', message: 'too large' }],
        );
      }
      const mime = logoType(bytes);
      if (!mime) {
        throw new FactdeskError(
          'invalid_input',
          `${fileName} is not a PNG, JPEG, GIF or WebP image, so it cannot be the logo.`,
          [{ path: 'dataBase64', message: 'not an image Factdesk accepts' }],
        );
      }
      const stored = archives.put(fileName, bytes);
      return change({
        logo: { ...stored, mime, originalName: fileName.split(/[\\/]/).pop() ?? fileName },
      });
    },
    'preferences.clearLogo': () => change({ logo: null }),
  };
}
