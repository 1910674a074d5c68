/**
 * Text for a terminal: C0 controls (but tab and line feed), DEL and C1 controls become visible
 * escapes such as `\x1b` and `\u009b`, so an escape sequence in an imported title cannot move
 * the cursor, retitle the window or write to the clipboard. Used for all human-readable output;
 * `--json` output stays exact.
 */
export function visibleControls(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isControl =
      (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
    if (!isControl) continue;
    const hex = code.toString(16).padStart(2, '0');
    out += text.slice(from, i) + (code < 0x80 ? `\\x${hex}` : `\\u00${hex}`);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
