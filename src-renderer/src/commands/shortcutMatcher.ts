/** A key press, as much of it as a shortcut looks at. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface ParsedShortcut {
  /** The primary modifier: Ctrl, or Cmd on macOS. */
  primary: boolean;
  alt: boolean;
  shift: boolean;
  /** The key as Electron names it: "M", "F8", ",", "Escape", "0". */
  key: string;
}

/** Splits an Electron accelerator ("CmdOrCtrl+Shift+M") into modifiers and key. */
export function parseShortcut(shortcut: string): ParsedShortcut {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  return {
    primary: parts.includes('CmdOrCtrl'),
    alt: parts.includes('Alt'),
    shift: parts.includes('Shift'),
    key,
  };
}

/**
 * The key of a press as an accelerator names it. Letters and digits are read from the physical
 * key (`code`), because Alt and Shift change `key` ("Alt+1" types "¡" on a Mac).
 */
function pressedKey(press: KeyPress): string {
  if (/^Key[A-Z]$/.test(press.code)) return press.code.slice(3);
  if (/^Digit[0-9]$/.test(press.code)) return press.code.slice(5);
  if (press.key.length === 1) return press.key.toUpperCase();
  return press.key;
}

/** Whether a key press is this shortcut, with exactly its modifiers. */
export function matchesShortcut(shortcut: string, press: KeyPress, mac = false): boolean {
  const wanted = parseShortcut(shortcut);
  const primary = mac ? press.metaKey : press.ctrlKey;
  const other = mac ? press.ctrlKey : press.metaKey;
  if (other || primary !== wanted.primary || press.altKey !== wanted.alt) return false;
  const key = pressedKey(press);
  // "," and "?" are typed with Shift on some layouts: Shift only counts for named keys and letters.
  const shiftMatters = key.length > 1 || /^[A-Z0-9]$/.test(key);
  if (shiftMatters && press.shiftKey !== wanted.shift) return false;
  return key === wanted.key.toUpperCase() || key === wanted.key;
}
