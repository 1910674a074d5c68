import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { shortcutLabel } from '../../../src-main/contract/commands';
import { uiActions } from '../workbench/uiStore';
import type { Command } from './commandRegistry';
import { commandRegistry } from './commandRegistry';
import { activeShortcut, isMac } from './useCommandKeys';
import { useModalDialog } from './useModalDialog';
import './commands.css';

/** Commands whose label has every word of the query, in declaration order. */
export function searchCommands(commands: readonly Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((command) => {
    const label = commandRegistry.label(command.id).toLowerCase();
    return words.every((word) => label.includes(word) || command.id.includes(word));
  });
}

/** Every command by name: type to narrow, arrows to choose, Enter to run. */
export function CommandPalette() {
  const close = () => uiActions.setOverlay(null);
  const dialog = useModalDialog(close);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Enabled-when is read once, as the palette opens: what was possible then is what is offered.
  const commands = useMemo(
    () =>
      commandRegistry
        .all()
        .filter((command) => command.id !== 'palette.open')
        .map((command) => ({ command, enabled: command.behaviour.enabled() })),
    [],
  );
  const found = useMemo(() => {
    const ids = new Set(
      searchCommands(
        commands.map((c) => c.command),
        query,
      ).map((c) => c.id),
    );
    return commands.filter((c) => ids.has(c.command.id));
  }, [commands, query]);
  const current = Math.min(active, Math.max(0, found.length - 1));

  const run = (index: number) => {
    const chosen = found[index];
    if (!chosen?.enabled) return;
    close();
    // After the dialog has given the focus back, so a command may move it.
    requestAnimationFrame(() => commandRegistry.run(chosen.command.id));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const by = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + by + found.length) % Math.max(1, found.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(current);
    }
  };

  return (
    <dialog ref={dialog} className="command-palette" aria-label="Command palette">
      <input
        type="text"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={found[current] ? `${listId}-${current}` : undefined}
        placeholder="Type a command…"
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Commands">
        {found.map(({ command, enabled }, index) => {
          const shortcut = activeShortcut(command.id);
          return (
            <li
              key={command.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              aria-disabled={!enabled}
              className={index === current ? 'active' : undefined}
              onMouseMove={() => setActive(index)}
              onClick={() => run(index)}
            >
              <span>{commandRegistry.label(command.id)}</span>
              {shortcut && <kbd>{shortcutLabel(shortcut, isMac)}</kbd>}
            </li>
          );
        })}
        {found.length === 0 && (
          <li role="option" aria-selected="false" aria-disabled="true">
            No command matches “{query}”.
          </li>
        )}
      </ul>
    </dialog>
  );
}
