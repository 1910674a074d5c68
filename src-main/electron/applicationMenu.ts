import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { Menu, app } from 'electron';
import type { MenuCommand } from '../contract/bridge';
import { IPC_EVENT_PREFIX } from '../contract/bridge';

export function buildApplicationMenu(getWindow: () => BrowserWindow | undefined): Menu {
  const send = (command: MenuCommand) => () =>
    getWindow()?.webContents.send(`${IPC_EVENT_PREFIX}menu`, { command });
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New article', accelerator: 'CmdOrCtrl+N', click: send('article.new') },
        { label: 'Open file…', accelerator: 'CmdOrCtrl+O', click: send('article.open') },
        { label: 'Load new version…', click: send('article.loadVersion') },
        { label: 'Import annotations…', click: send('annotations.import') },
        { label: 'Import fact checks…', click: send('factchecks.import') },
        { label: 'Open exercise…', click: send('training.openExercise') },
        { label: 'Training…', click: send('training.open') },
        { type: 'separator' },
        { label: 'Export report…', accelerator: 'CmdOrCtrl+E', click: send('report.export') },
        { type: 'separator' },
        { label: 'Preferences…', accelerator: 'CmdOrCtrl+,', click: send('preferences.open') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
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
        { label: 'Mark claim', accelerator: 'CmdOrCtrl+Shift+M', click: send('claim.mark') },
        { label: 'Search everything…', accelerator: 'CmdOrCtrl+K', click: send('search.open') },
      ],
    },
    {
      label: 'View',
      submenu: [
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
      submenu: [{ label: `About Factdesk ${app.getVersion()}`, click: send('help.about') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
