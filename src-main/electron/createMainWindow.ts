import { BrowserWindow, dialog } from 'electron';

export function createMainWindow(url: string, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Factdesk',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  // The page holds back its unloading while text edits are unsaved; Electron shows no question
  // of its own, so the checker is asked here whether to leave (and lose them) or stay.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Stay and save', 'Leave without saving'],
      defaultId: 0,
      cancelId: 0,
      title: 'Edits not saved yet',
      message: 'Some edits to the article’s text are not saved yet.',
      detail: 'Stay a moment and Factdesk saves them; leave now and they are lost.',
    });
    if (choice === 1) event.preventDefault();
  });
  void window.loadURL(url);
  return window;
}
