import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererContentSecurityPolicy } from '../../../src-main/core/security/contentSecurityPolicy';
import { createIpcInvokeHandler } from '../../../src-main/electron/createIpcInvokeHandler';

/**
 * These checks read the Electron shell's source, so they run everywhere, including where the
 * Electron binary is missing. tests/electron/electronApp.spec.ts checks the live windows too.
 */
const root = resolve(import.meta.dirname, '../../..');
const electronDir = join(root, 'src-main/electron');
const source = (path: string) => readFileSync(join(root, path), 'utf8');
const electronFiles = readdirSync(electronDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(electronDir, name), 'utf8') }));

/** The text of the object literal that starts at `{` at or after `from`. */
function objectAt(text: string, from: number): string {
  const open = text.indexOf('{', from);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(open, i + 1);
  }
  throw new Error('unbalanced braces');
}

function webPreferencesOfEveryWindow(): { file: string; prefs: string }[] {
  const found: { file: string; prefs: string }[] = [];
  for (const { name, text } of electronFiles) {
    for (const match of text.matchAll(/new BrowserWindow\(/g)) {
      const options = objectAt(text, match.index);
      const at = options.indexOf('webPreferences');
      expect(at, `${name}: a BrowserWindow without webPreferences`).toBeGreaterThan(-1);
      found.push({ file: name, prefs: objectAt(options, at) });
    }
  }
  return found;
}

describe('Electron security checklist (static)', () => {
  it('every window: contextIsolation, sandbox and webSecurity on, Node integration off', () => {
    const windows = webPreferencesOfEveryWindow();
    expect(windows.map((w) => w.file)).toContain('createMainWindow.ts');
    for (const { file, prefs } of windows) {
      expect(prefs, file).toMatch(/contextIsolation:\s*true/);
      expect(prefs, file).toMatch(/sandbox:\s*true/);
      expect(prefs, file).toMatch(/nodeIntegration:\s*false/);
      expect(prefs, file).toMatch(/webSecurity:\s*true/);
      for (const forbidden of [
        /experimentalFeatures:\s*true/,
        /enableBlinkFeatures/,
        /allowRunningInsecureContent:\s*true/,
        /webviewTag:\s*true/,
        /nodeIntegrationInWorker:\s*true/,
        /nodeIntegrationInSubFrames:\s*true/,
        /contextIsolation:\s*false/,
        /sandbox:\s*false/,
      ]) {
        expect(prefs, file).not.toMatch(forbidden);
      }
    }
  });

  it('navigation is blocked, new windows are denied, webviews cannot attach', () => {
    const security = source('src-main/electron/security.ts');
    expect(security).toMatch(/'will-navigate'[\s\S]*?event\.preventDefault\(\)/);
    expect(security).toMatch(/'will-attach-webview'[\s\S]*?event\.preventDefault\(\)/);
    expect(security).toMatch(/setWindowOpenHandler\([\s\S]*?return \{ action: 'deny' \}/);
    expect(security).toMatch(/app\.on\('web-contents-created'/);
    for (const { name, text } of electronFiles) {
      expect(text, name).not.toMatch(/action:\s*'allow'/);
    }
  });

  it('every permission request and check is refused', () => {
    const security = source('src-main/electron/security.ts');
    expect(security).toMatch(
      /setPermissionRequestHandler\(\(_contents, _permission, callback\) =>\s*callback\(false\)/,
    );
    expect(security).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
  });

  it('only http(s) URLs reach shell.openExternal, after parsing, from one place', () => {
    const callers = electronFiles.filter(({ text }) => /shell\.openExternal\(/.test(text));
    expect(callers.map((c) => c.name)).toEqual(['security.ts']);
    const security = source('src-main/electron/security.ts');
    expect(security).toMatch(/new URL\(rawUrl\)/);
    expect(security).toMatch(
      /if \(url\.protocol === 'http:' \|\| url\.protocol === 'https:'\) void shell\.openExternal\(url\.href\)/,
    );
    expect(source('src-main/preload/index.ts')).not.toMatch(/shell/);
  });

  it('IPC has one handler, and it checks the sender frame', async () => {
    const handlers = electronFiles.filter(({ text }) => /ipcMain\.(handle|on)\(/.test(text));
    expect(handlers.map((h) => h.name)).toEqual(['registerIpc.ts']);
    expect(source('src-main/electron/registerIpc.ts')).toMatch(
      /ipcMain\.handle\(IPC_INVOKE_CHANNEL, createIpcInvokeHandler\(dispatch, appOrigin\)\)/,
    );
    let dispatched = 0;
    const handle = createIpcInvokeHandler(async () => {
      dispatched++;
      return { ok: true, value: null };
    }, 'factdesk://app');
    for (const url of [
      undefined,
      '',
      'https://evil.example/',
      'file:///etc/passwd',
      'factdesk://other/',
    ]) {
      const answer = await handle(
        { senderFrame: url === undefined ? null : { url } } as never,
        'app.info',
        {},
      );
      expect(answer).toMatchObject({ ok: false, error: { message: 'Unexpected sender frame' } });
    }
    expect(dispatched).toBe(0);
    await handle({ senderFrame: { url: 'factdesk://app/index.html' } } as never, 'app.info', {});
    expect(dispatched).toBe(1);
  });

  it('the preload exposes only invoke and on, once, through contextBridge', () => {
    const preload = source('src-main/preload/index.ts');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/contextBridge\.exposeInMainWorld\('factdesk', bridge\)/);
    const bridge = objectAt(preload, preload.indexOf('const bridge = '));
    const keys = [...bridge.matchAll(/^ {2}(\w+)[:(<]/gm)].map((m) => m[1]);
    expect(keys).toEqual(['invoke', 'on']);
    expect(preload).toMatch(/\} satisfies FactdeskBridge;/);
    expect(preload).not.toMatch(/ipcRenderer\.send|require\(|process\./);
  });

  it('the Content-Security-Policy allows no eval and no foreign script, and both shells send it', () => {
    const directives = new Map(
      rendererContentSecurityPolicy.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(rendererContentSecurityPolicy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*/);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(source('src-main/electron/appProtocol.ts')).toMatch(
      /headers\.set\('Content-Security-Policy', rendererContentSecurityPolicy\)/,
    );
    expect(source('src-main/host/startHost.ts')).toMatch(
      /'Content-Security-Policy': rendererContentSecurityPolicy/,
    );
  });

  it('the packaged binary has its fuses set: no Node modes, only the verified asar', () => {
    const config = source('electron-builder.yml');
    const block = /^electronFuses:\n((?:[ \t]+.*\n?)+)/m.exec(config)?.[1] ?? '';
    const fuses = Object.fromEntries(
      [...block.matchAll(/^\s+(\w+):\s*(true|false)\s*$/gm)].map((m) => [m[1], m[2] === 'true']),
    );
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config).toMatch(/^asar: true$/m);
  });
});
