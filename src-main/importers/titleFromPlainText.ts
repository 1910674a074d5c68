/** A first line longer than this is the start of the article, not its title. */
const MAX_TITLE_LINE = 150;

/**
 * Markdown: the first level-one heading (ATX `# Title` or Setext `Title` over `===`).
 * Otherwise, and for plain text: the first non-blank line, if it is short enough to be a title.
 */
export function titleFromPlainText(text: string, isMarkdown: boolean): string | undefined {
  const lines = text.split('\n');
  if (isMarkdown) {
    let insideFence = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (/^\s{0,3}(```|~~~)/.test(line)) insideFence = !insideFence;
      if (insideFence) continue;
      const atx = /^\s{0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
      if (atx?.[1]) return atx[1];
      if (line.trim() && /^\s{0,3}=+\s*$/.test(lines[i + 1] ?? '')) return line.trim();
    }
  }
  const first = lines.find((line) => line.trim() !== '')?.trim();
  if (!first || first.length > MAX_TITLE_LINE) return undefined;
  return isMarkdown ? first.replace(/^#{1,6}[ \t]+/, '').replace(/[ \t]+#+$/, '') : first;
}
