import { commandMenus, shortcutLabel } from '../../../src-main/contract/commands';
import { uiActions } from '../workbench/uiStore';
import { commandRegistry } from './commandRegistry';
import { activeShortcut, isMac } from './useCommandKeys';
import { useModalDialog } from './useModalDialog';
import './commands.css';

/** Every command with its shortcut, grouped as in the desktop menu; generated from the registry. */
export function ShortcutSheet() {
  const close = () => uiActions.setOverlay(null);
  const dialog = useModalDialog(close);
  const commands = commandRegistry.all();
  const groups = [
    ...commandMenus.map((menu) => ({
      title: menu,
      commands: commands.filter((c) => c.menu === menu),
    })),
    { title: 'Other', commands: commands.filter((c) => c.menu === undefined) },
  ].filter((group) => group.commands.length > 0);
  return (
    <dialog ref={dialog} className="shortcut-sheet" aria-labelledby="shortcut-sheet-title">
      <header>
        <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
        <button type="button" className="quiet" onClick={close} autoFocus>
          Close
        </button>
      </header>
      <p className="hint">
        Press <kbd>?</kbd> outside text fields or <kbd>F1</kbd> to open this list;{' '}
        <kbd>{shortcutLabel('CmdOrCtrl+Shift+P', isMac)}</kbd> finds any command by name. Tab and
        Shift+Tab move between controls everywhere, the article text included.
      </p>
      <div className="shortcut-groups">
        {groups.map((group) => (
          <table key={group.title}>
            <caption>{group.title}</caption>
            <thead>
              <tr>
                <th scope="col">Command</th>
                <th scope="col">Shortcut</th>
              </tr>
            </thead>
            <tbody>
              {group.commands.map((command) => {
                const shortcut = activeShortcut(command.id);
                return (
                  <tr key={command.id}>
                    <th scope="row">{commandRegistry.label(command.id)}</th>
                    <td>{shortcut ? <kbd>{shortcutLabel(shortcut, isMac)}</kbd> : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </div>
    </dialog>
  );
}
