import type { CommandId } from '../../../src-main/contract/commands';
import { shortcutLabel } from '../../../src-main/contract/commands';
import { useUi } from '../workbench/uiStore';
import { commandRegistry } from './commandRegistry';
import { activeShortcut, isMac } from './useCommandKeys';

interface CommandButtonProps {
  command: CommandId;
  className?: string;
  /** A tooltip; the shortcut is added to it. */
  title?: string;
}

/**
 * A button that runs a registered command: its label, shortcut (in the tooltip and in
 * aria-keyshortcuts) and enabled state all come from the registry.
 */
export function CommandButton({ command, className, title }: CommandButtonProps) {
  // Enabled-when reads the UI store (and the cache); re-read whenever the UI store changes.
  const enabled = useUi(() => commandRegistry.enabled(command));
  const label = useUi(() => commandRegistry.label(command));
  const shortcut = activeShortcut(command);
  const keys = shortcut ? shortcutLabel(shortcut, isMac) : undefined;
  return (
    <button
      type="button"
      className={className}
      disabled={!enabled}
      aria-keyshortcuts={keys}
      title={[title, keys && `(${keys})`].filter(Boolean).join(' ') || undefined}
      onClick={() => commandRegistry.run(command)}
    >
      {label}
    </button>
  );
}
