/**
 * Text for a terminal: C0 controls (but tab and line feed), DEL and C1 controls become visible
 * escapes such as `\x1b` and `\u009b`, so an escape sequence in an imported title cannot move
 * the cursor, retitle the window or write to the clipboard. Text-direction controls (U+202A–
 * U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) become escapes such as `\u202e` too, so a
 * terminal that lays out bidirectional text cannot show words in another order than they are
 * stored. Used for all human-readable output; `--json` output stays exact.
 */
export function visibleControls(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isControl =
      (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
      (code >= 0x7f && code <= 0x9f) ||
      isDirectionControl(code);
    if (!isControl) continue;
    const hex = code.toString(16).padStart(code < 0x100 ? 2 : 4, '0');
    out += text.slice(from, i) + (code < 0x80 ? `\\x${hex}` : `\\u${hex.padStart(4, '0')}`);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function isDirectionControl(code: number): boolean {
  return (
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}
