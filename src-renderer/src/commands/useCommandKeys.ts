import { useEffect } from 'react';
import type { CommandId } from '../../../src-main/contract/commands';
import { commandDeclarations, isCommandId } from '../../../src-main/contract/commands';
import { onPush } from '../api/client';
import { isTextEntry } from '../verdicts/isTextEntry';
import { commandRegistry } from './commandRegistry';
import { matchesShortcut } from './shortcutMatcher';

/** True on macOS, where the primary modifier is Cmd. */
export const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** Whether the key press happened inside the article editor, which runs its own keybindings. */
function inEditor(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.monaco-editor') !== null;
}

/** The shortcut a command answers to in this window: the browser's own, where it differs. */
export function activeShortcut(id: CommandId): string | undefined {
  const declared = commandDeclarations.find((c) => c.id === id);
  if (!declared || !('shortcut' in declared)) return undefined;
  const web = 'webShortcut' in declared && !window.factdesk ? declared.webShortcut : undefined;
  return web ?? declared.shortcut;
}

/**
 * The keyboard and the desktop menu run commands through the registry. Inside the article
 * editor its own keybindings (built from the same declarations) answer instead; "?" outside
 * text fields opens the shortcut sheet.
 */
export function useCommandKeys(): void {
  useEffect(
    () =>
      onPush('menu', ({ command }) => {
        if (isCommandId(command)) commandRegistry.run(command);
      }),
    [],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const editor = inEditor(event.target);
      if (
        event.key === '?' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !editor &&
        !isTextEntry(event.target)
      ) {
        event.preventDefault();
        commandRegistry.run('shortcuts.open');
        return;
      }
      for (const declared of commandDeclarations) {
        if ('editorOnly' in declared && declared.editorOnly) continue;
        if (editor && 'inEditor' in declared && declared.inEditor) continue;
        const shortcut = activeShortcut(declared.id);
        if (!shortcut || !matchesShortcut(shortcut, event, isMac)) continue;
        // Several commands may share a key (Edit text / Done editing): the enabled one runs.
        if (!commandRegistry.enabled(declared.id)) continue;
        event.preventDefault();
        event.stopPropagation();
        commandRegistry.run(declared.id);
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
