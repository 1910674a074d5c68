import type { WebContents } from 'electron';
import { app, session, shell } from 'electron';

/** Only http(s) URLs ever reach the system browser; everything else is dropped. */
export function openExternalSafely(rawUrl: string): void {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') void shell.openExternal(url.href);
}

function lockDownContents(contents: WebContents, appOrigin: string): void {
  contents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== appOrigin) {
      event.preventDefault();
      openExternalSafely(url);
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** Applies the Electron security checklist to every window and session the app creates. */
export function applySecurityPolicies(appOrigin: string): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, appOrigin));
  app.whenReady().then(
    () => {
      session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
        callback(false),
      );
      session.defaultSession.setPermissionCheckHandler(() => false);
    },
    () => undefined,
  );
}
