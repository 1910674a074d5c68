import { safeMarkdownIt } from './safeMarkdownIt';

export interface SafeMarkdownOptions {
  /** Demotes headings so a note's "# Heading" does not outrank the page it sits in. */
  headingOffset?: number;
}

/**
 * Most conclusions are one plain sentence; rendering those directly keeps a 5,000-claim export
 * fast. The pattern admits only text whose Markdown rendering is a single trimmed paragraph.
 */
// eslint-disable-next-line no-control-regex
const plainParagraph = /^[A-Za-z\u00c0-\u024f"'(][^\n\r\u0000\\`*_[\]<>&!|~]*$/;

/**
 * Markdown written by checkers, as HTML that is safe to show anyone: see `safeMarkdownIt` for
 * what is refused. Used by the report and by the app's notes preview.
 */
export function renderSafeMarkdown(source: string, options: SafeMarkdownOptions = {}): string {
  if (plainParagraph.test(source)) {
    return `<p>${safeMarkdownIt.utils.escapeHtml(source.trim())}</p>\n`;
  }
  const tokens = safeMarkdownIt.parse(source, {});
  const offset = options.headingOffset ?? 0;
  if (offset > 0) {
    for (const token of tokens) {
      if (token.type === 'heading_open' || token.type === 'heading_close') {
        token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + offset)}`;
      }
    }
  }
  return safeMarkdownIt.renderer.render(tokens, safeMarkdownIt.options, {});
}
