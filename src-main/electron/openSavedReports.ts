import { session, shell } from 'electron';

/**
 * Exports reach the disk as downloads, where the user picks the place in the save dialog; once
 * one is complete it opens in the system viewer, as the export panel promises.
 */
export function openSavedReports(): void {
  session.defaultSession.on('will-download', (_event, item) => {
    // The place is chosen in the main process's save dialog, never by the page.
    item.setSaveDialogOptions({ title: 'Save the export', defaultPath: item.getFilename() });
    item.once('done', (_done, state) => {
      if (state === 'completed') void shell.openPath(item.getSavePath());
    });
  });
}
