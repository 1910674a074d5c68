import { parseShortcut } from '../commands/shortcutMatcher';
import { monaco } from './monacoSetup';

const namedKeys: Record<string, monaco.KeyCode> = {
  Escape: monaco.KeyCode.Escape,
  ',': monaco.KeyCode.Comma,
  '/': monaco.KeyCode.Slash,
};

/** An Electron accelerator ("CmdOrCtrl+Shift+M") as a Monaco keybinding; null if it has none. */
export function monacoKeybinding(shortcut: string): number | null {
  const { primary, alt, shift, key } = parseShortcut(shortcut);
  const code =
    namedKeys[key] ??
    (/^[A-Z]$/.test(key)
      ? monaco.KeyCode[`Key${key}` as keyof typeof monaco.KeyCode]
      : /^[0-9]$/.test(key)
        ? monaco.KeyCode[`Digit${key}` as keyof typeof monaco.KeyCode]
        : /^F([1-9]|1[0-2])$/.test(key)
          ? monaco.KeyCode[key as keyof typeof monaco.KeyCode]
          : undefined);
  if (code === undefined) return null;
  return (
    code |
    (primary ? monaco.KeyMod.CtrlCmd : 0) |
    (alt ? monaco.KeyMod.Alt : 0) |
    (shift ? monaco.KeyMod.Shift : 0)
  );
}
