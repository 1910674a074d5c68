import { useEffect } from 'react';
import { call } from '../api/client';
import { queryClient } from '../api/queryClient';
import { textSaves } from './textSaves';
import { uiActions } from './uiStore';

/** How often the data is checked for changes made elsewhere while the window is shown, in ms. */
const CHECK_EVERY_MS = 10_000;

const changedMessage =
  'Something else changed Factdesk’s data (the command line or another window), so what this window shows may be out of date. Reload to see the changes; your edits are saved first.';

/**
 * Notices when something other than this window wrote to the data (`app.dataVersion`): when the
 * window is shown again, and every CHECK_EVERY_MS while it is. The library is read again at once;
 * the open article's text and claims are not, since highlights placed from a text the editor
 * does not show would fall on other words. Instead the checker is told, once, and offered a
 * Reload that saves their edits first.
 */
export function useChangesElsewhere(): void {
  useEffect(() => {
    let seen: number | null = null;
    let told = false;
    let stopped = false;
    const check = async () => {
      if (document.hidden || told) return;
      let version: number;
      try {
        ({ version } = await call('app.dataVersion', {}));
      } catch {
        // A host that is not answering is reported by the next change the checker makes.
        return;
      }
      if (stopped) return;
      if (seen !== null && version !== seen) {
        told = true;
        void queryClient.invalidateQueries({ queryKey: ['articles.list'] });
        uiActions.notify({
          message: changedMessage,
          tone: 'info',
          action: {
            label: 'Reload',
            run: async () => {
              await textSaves.flush();
              window.location.reload();
            },
          },
        });
      }
      seen = version;
    };
    void check();
    const timer = window.setInterval(() => void check(), CHECK_EVERY_MS);
    const shown = () => void check();
    window.addEventListener('focus', shown);
    document.addEventListener('visibilitychange', shown);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      window.removeEventListener('focus', shown);
      document.removeEventListener('visibilitychange', shown);
    };
  }, []);
}
