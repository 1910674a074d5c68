import type { Token } from 'markdown-it';
import { escapeMarkdown, markdownLinkDestination } from './escapeMarkdown';
import { isLinkableUrl } from './isLinkableUrl';
import { safeMarkdownIt } from './safeMarkdownIt';

/**
 * Checker-written Markdown rewritten as Markdown that is safe to hand to any viewer: it is
 * parsed with the same rules as `renderSafeMarkdown` and written back from the parse tree, so raw
 * HTML, `javascript:` links and images come out as escaped text while emphasis, links, lists,
 * quotes, code and tables survive. Headings become bold lines so they cannot outrank the
 * report's own sections.
 */
export function toSafeMarkdown(source: string): string {
  const tokens = safeMarkdownIt.parse(source, {});
  return writeBlocks(tokens, 0, tokens.length).join('\n').trim();
}

function writeBlocks(tokens: Token[], from: number, to: number): string[] {
  const blocks: string[][] = [];
  let index = from;
  while (index < to) {
    const token = tokens[index] as Token;
    const close = token.nesting === 1 ? findClose(tokens, index) : index;
    blocks.push(writeBlock(tokens, index, close));
    index = close + 1;
  }
  const lines: string[] = [];
  blocks.forEach((block, position) => {
    if (position > 0) lines.push('');
    lines.push(...block);
  });
  return lines;
}

function writeBlock(tokens: Token[], open: number, close: number): string[] {
  const token = tokens[open] as Token;
  switch (token.type) {
    case 'paragraph_open':
      return writeInline(tokens[open + 1]).split('\n');
    case 'heading_open':
      return [`**${writeInline(tokens[open + 1]).replace(/\n/g, ' ')}**`];
    case 'blockquote_open':
      return writeBlocks(tokens, open + 1, close).map((line) => (line ? `> ${line}` : '>'));
    case 'bullet_list_open':
    case 'ordered_list_open':
      return writeList(tokens, open, close);
    case 'fence':
    case 'code_block':
      return writeCode(token.content);
    case 'hr':
      return ['* * *'];
    case 'table_open':
      return writeTable(tokens, open, close);
    case 'inline':
      return writeInline(token).split('\n');
    default:
      return token.content ? escapeMarkdown(token.content).split('\n') : [];
  }
}

function writeList(tokens: Token[], open: number, close: number): string[] {
  const ordered = tokens[open]?.type === 'ordered_list_open';
  const lines: string[] = [];
  let index = open + 1;
  let number = Number(tokens[open]?.attrGet('start') ?? 1) || 1;
  while (index < close) {
    const itemClose = findClose(tokens, index);
    const marker = ordered ? `${number++}. ` : '- ';
    const indent = ' '.repeat(marker.length);
    // Tight lists hide their paragraphs; either way each block is one item's content.
    writeBlocks(tokens, index + 1, itemClose).forEach((line, position) => {
      lines.push(position === 0 ? marker + line : line ? indent + line : '');
    });
    index = itemClose + 1;
  }
  return lines;
}

function writeTable(tokens: Token[], open: number, close: number): string[] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (let index = open; index < close; index++) {
    const token = tokens[index] as Token;
    if (token.type === 'tr_open') row = [];
    else if (token.type === 'inline') row.push(writeInline(token).replace(/\n/g, ' '));
    else if (token.type === 'tr_close') rows.push(row);
  }
  const width = Math.max(1, ...rows.map((cells) => cells.length));
  const line = (cells: string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), line(Array.from({ length: width }, () => '---')), ...body.map(line)];
}

function writeCode(content: string): string[] {
  const longestRun = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return [fence, ...content.replace(/\n$/, '').split('\n'), fence];
}

function writeInline(token: Token | undefined): string {
  const out: string[] = [];
  // The destination of each open link, or null for a link refused as unsafe.
  const links: (string | null)[] = [];
  for (const child of token?.children ?? []) {
    switch (child.type) {
      case 'text':
        out.push(escapeMarkdown(child.content, false));
        break;
      case 'softbreak':
        out.push('\n');
        break;
      case 'hardbreak':
        out.push('\\\n');
        break;
      case 'em_open':
      case 'em_close':
        out.push('*');
        break;
      case 'strong_open':
      case 'strong_close':
        out.push('**');
        break;
      case 's_open':
      case 's_close':
        out.push('~~');
        break;
      case 'code_inline':
        out.push(inlineCode(child.content));
        break;
      case 'link_open': {
        const href = String(child.attrGet('href') ?? '');
        const linked = isLinkableUrl(href);
        links.push(linked ? href : null);
        out.push(linked ? '[' : '');
        break;
      }
      case 'link_close': {
        const href = links.pop();
        out.push(href ? `](${markdownLinkDestination(href)})` : '');
        break;
      }
      default:
        if (child.content) out.push(escapeMarkdown(child.content, false));
    }
  }
  return out.join('');
}

function inlineCode(content: string): string {
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${content}${padding}${fence}`;
}

function findClose(tokens: Token[], open: number): number {
  let depth = 0;
  for (let index = open; index < tokens.length; index++) {
    depth += (tokens[index] as Token).nesting;
    if (depth === 0) return index;
  }
  return tokens.length - 1;
}
