/**
 * Characters that start Markdown syntax anywhere in a line, in CommonMark, GitHub and Pandoc
 * (`$`, `^` and `~` are Pandoc's maths, superscript and subscript; `{` opens Pandoc's attributes,
 * including raw attributes such as `{=html}` and `{=latex}` that pass text through unescaped).
 * Backslash-escaping ASCII punctuation is valid in all three and renders as the bare character.
 */
const inlineSyntax = /[\\`*_[\]<>|~&$^{}]/g;

/** Plain text as Markdown that renders exactly as written, line breaks kept. */
export function escapeMarkdown(text: string, startsLine = true): string {
  return text
    .split('\n')
    .map((line, index) => escapeLine(line, startsLine || index > 0))
    .join('\n');
}

/** Plain text as Markdown on a single line, for table cells, list items and link text. */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(joinLines(text), true);
}

/**
 * The lines of `text` joined by single spaces, each trimmed, blank ones dropped. Split and trim
 * are linear; the pattern this replaces (`\s*[\r\n]+\s*`) backtracked across every long run of
 * spaces, so 100,000 spaces in a claimant took 15 seconds to export.
 */
function joinLines(text: string): string {
  return text
    .split(/[\r\n]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/**
 * Headings, bullets, rules and setext underlines (any run of `-` or `=`, which turns the line
 * above into a heading), and Pandoc's definition lists, fenced divs (`:::`) and grid tables
 * (`+---+`), when they start a line.
 */
const blockMarker = /^(?:(?:#{1,6}|-)(?=[ \t]|$)|[+:]|(?:-[ \t]*){2,}$|=+[ \t]*$)/;
const orderedListMarker = /^(\d{1,9})([.)])(?=[ \t]|$)/;

function escapeLine(line: string, atLineStart: boolean): string {
  // A "!" that ends a piece of text would turn a link written right after it into an image.
  const escaped = line.replace(inlineSyntax, '\\$&').replace(/!$/, '\\!');
  if (!atLineStart) return escaped;
  // Leading spaces would make an indented code block, so the indentation is written as
  // no-break spaces, which keep it visible without meaning anything to a Markdown parser. Block
  // markers would make headings, lists, quotes, rules or Pandoc definition lists.
  let indent = 0;
  while (escaped[indent] === ' ' || escaped[indent] === '\t') indent++;
  const unindented = escaped.slice(indent);
  const body = blockMarker.test(unindented)
    ? `\\${unindented}`
    : unindented.replace(orderedListMarker, '$1\\$2');
  return unindented === '' ? '' : visibleIndent(escaped.slice(0, indent)) + body;
}

/** Spaces as `&nbsp;` and a tab as four of them: an indent that every renderer shows as is. */
function visibleIndent(whitespace: string): string {
  let out = '';
  for (const character of whitespace) out += character === '\t' ? '&nbsp;'.repeat(4) : '&nbsp;';
  return out;
}

/** A URL as a Markdown link destination: characters that would end or break it are encoded. */
export function markdownLinkDestination(url: string): string {
  return url.replace(
    /[\s()<>\\`]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
