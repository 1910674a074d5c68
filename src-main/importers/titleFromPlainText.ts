/** A first line longer than this is the start of the article, not its title. */
const MAX_TITLE_LINE = 150;

/**
 * Markdown: the first level-one heading (ATX `# Title` or Setext `Title` over `===`).
 * Otherwise, and for plain text: the first non-blank line, if it is short enough to be a title.
 * Lines are read by index scans, not patterns: a heading followed by 100,000 spaces and one more
 * character made the old pattern backtrack for a minute.
 */
export function titleFromPlainText(text: string, isMarkdown: boolean): string | undefined {
  const lines = text.split('\n');
  if (isMarkdown) {
    let insideFence = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const body = line.slice(leadingSpaces(line, 3));
      if (body.startsWith('```') || body.startsWith('~~~')) insideFence = !insideFence;
      if (insideFence) continue;
      const atx = atxHeadingOne(body);
      if (atx) return atx;
      if (line.trim() && isSetextOne(lines[i + 1] ?? '')) return line.trim();
    }
  }
  const first = lines.find((line) => line.trim() !== '')?.trim();
  if (!first || first.length > MAX_TITLE_LINE) return undefined;
  return isMarkdown ? stripClosingHashes(stripOpeningHashes(first)) : first;
}

/** Up to `max` leading whitespace characters (CommonMark allows three spaces of indent). */
function leadingSpaces(line: string, max: number): number {
  let count = 0;
  while (count < max && /\s/.test(line[count] ?? '')) count++;
  return count;
}

const isBlank = (character: string | undefined) => character === ' ' || character === '\t';

/** The text of `# Title` (with optional closing hashes), or undefined. */
function atxHeadingOne(body: string): string | undefined {
  if (body[0] !== '#' || !isBlank(body[1])) return undefined;
  return stripClosingHashes(body.slice(2).trim()) || undefined;
}

/** "Title ##" → "Title": closing hashes count only after a space or tab. */
function stripClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === text.length) return text;
  if (end === 0) return '';
  if (!isBlank(text[end - 1])) return text;
  return text.slice(0, end).trimEnd();
}

/** "## Title" → "Title". */
function stripOpeningHashes(text: string): string {
  let hashes = 0;
  while (hashes < 6 && text[hashes] === '#') hashes++;
  return hashes > 0 && isBlank(text[hashes]) ? text.slice(hashes).trimStart() : text;
}

/** A line of `=` only (after up to three spaces), optionally followed by whitespace. */
function isSetextOne(line: string): boolean {
  const body = line.slice(leadingSpaces(line, 3)).trimEnd();
  return body.length > 0 && [...body].every((character) => character === '=');
}
