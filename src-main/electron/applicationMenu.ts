import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { Menu, app } from 'electron';
import type { MenuCommand } from '../contract/bridge';
import { IPC_EVENT_PREFIX } from '../contract/bridge';
import type { CommandMenu } from '../contract/commands';
import { commandDeclarations } from '../contract/commands';

/**
 * The application menu, built from the command declarations: each declared command appears in
 * its menu with its label and accelerator, and sends its id to the renderer, which knows whether
 * it is enabled and runs it. The roles (undo, copy, zoom…) are Electron's own.
 */
export function buildApplicationMenu(getWindow: () => BrowserWindow | undefined): Menu {
  const send = (command: MenuCommand) => () =>
    getWindow()?.webContents.send(`${IPC_EVENT_PREFIX}menu`, { command });
  const items = (menu: CommandMenu): MenuItemConstructorOptions[] =>
    commandDeclarations
      .filter((command) => 'menu' in command && command.menu === menu)
      .map((command) => ({
        label: command.label,
        // The renderer handles the shortcut itself (the menu would fire on top of it in the editor).
        ...('shortcut' in command
          ? { accelerator: command.shortcut, registerAccelerator: false }
          : {}),
        click: send(command.id),
      }));
  const template: MenuItemConstructorOptions[] = [
    { label: 'File', submenu: [...items('File'), { type: 'separator' }, { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        ...items('Edit'),
      ],
    },
    { label: 'Claim', submenu: items('Claim') },
    {
      label: 'View',
      submenu: [
        ...items('View'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      ],
    },
    {
      label: 'Help',
      submenu: items('Help').map((item) =>
        item.label === 'About Factdesk'
          ? { ...item, label: `About Factdesk ${app.getVersion()}` }
          : item,
      ),
    },
  ];
  return Menu.buildFromTemplate(template);
}
