import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../src-main/contract/bridge';
import { onPush } from '../api/client';

export type MenuHandlers = Partial<Record<MenuCommand, () => void>>;

/**
 * Browser shortcuts for commands the desktop menu also offers. Ctrl+Alt keeps clear of the
 * browser's own Ctrl+N and Ctrl+O, which a page cannot take over.
 */
const shortcuts: Record<string, MenuCommand> = {
  n: 'article.new',
  o: 'article.open',
};

/**
 * Ctrl/Cmd + key alone, which pages may take: Ctrl+K is the search everywhere convention.
 * It is taken before the editor sees it, where it would start a Monaco key chord.
 */
const modShortcuts: Record<string, MenuCommand> = {
  k: 'search.open',
};

/** Runs menu commands, whether they come from the Electron menu or from the keyboard. */
export function useMenuCommands(handlers: MenuHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => onPush('menu', ({ command }) => latest.current[command]?.()), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
        const command = modShortcuts[event.key.toLowerCase()];
        const handler = command ? latest.current[command] : undefined;
        if (handler) {
          event.preventDefault();
          event.stopPropagation();
          handler();
        }
        return;
      }
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey) return;
      const command =
        shortcuts[event.key.toLowerCase()] ??
        shortcuts[event.code.replace(/^Key/, '').toLowerCase()];
      const handler = command ? latest.current[command] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
