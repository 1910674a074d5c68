import type { DomElement, DomNode } from './domTypes';
import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE } from './domTypes';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);

const INVISIBLE_TAGS = new Set([
  'HEAD',
  'TITLE',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
]);

/**
 * Controls show text (a button's label, a list's options, a text area's content) that is not
 * part of the running text around them: each becomes a block of its own, after the block it
 * interrupts, so the paragraph it sits in stays whole.
 */
export const CONTROL_TAGS = new Set(['SELECT', 'TEXTAREA', 'BUTTON']);

const CELL_TAGS = new Set(['TD', 'TH']);

/** One paragraph-like unit of visible text and the element that holds it. */
export interface HtmlBlock {
  text: string;
  /** The innermost block-level element (or the root) the text sits in; a table for a table. */
  owner: DomNode;
}

/**
 * The visible text of a DOM subtree with a blank line between blocks and one line break per
 * `<br>`, the way a reader sees the paragraphs. See htmlBlocks.
 */
export function blockText(root: DomNode): string {
  return htmlBlocks(root)
    .map((block) => block.text)
    .join('\n\n');
}

/**
 * The visible text of a DOM subtree as blocks in document order. Whitespace collapses as in a
 * browser (no-break spaces become spaces, so typed quotes match) except inside `<pre>`; a
 * `<br>` is a line break. A table is one block: a line per row, cells separated by a tab, and
 * anything block-like inside a cell joined by spaces. Iterative, so that absurdly deep markup
 * cannot overflow the stack; linear in the size of the tree.
 */
export function htmlBlocks(root: DomNode): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const owners: DomNode[] = [root];
  let inline = '';
  let preDepth = 0;
  let tableDepth = 0;
  let cellDepth = 0;
  let cellsInRow = 0;
  let controls: HtmlBlock[] = [];

  const endBlock = () => {
    const owner = owners[owners.length - 1] ?? root;
    const text =
      tableDepth > 0 || owner.nodeName.toUpperCase() === 'TABLE'
        ? tableText(inline)
        : preDepth > 0
          ? inline.replace(/^\n+/, '').trimEnd()
          : inline
              .split('\n')
              .map((line) => line.trim())
              .join('\n')
              .trim();
    if (text) blocks.push({ text, owner });
    inline = '';
    if (controls.length > 0) {
      blocks.push(...controls);
      controls = [];
    }
  };
  const space = () => {
    if (inline && !inline.endsWith(' ') && !inline.endsWith('\t') && !inline.endsWith('\n')) {
      inline += ' ';
    }
  };

  const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: DomNode; leaving: boolean };
    const tag = node.nodeName.toUpperCase();

    if (leaving) {
      leave(tag, node);
      continue;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      inline +=
        preDepth > 0 ? (node.nodeValue ?? '') : collapseWhitespace(node.nodeValue ?? '', inline);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    if (INVISIBLE_TAGS.has(tag) || isHidden(node)) continue;
    if (CONTROL_TAGS.has(tag)) {
      const label = collapseWhitespace((node as DomElement).textContent ?? '', '').trim();
      if (label) controls.push({ text: label, owner: node });
      continue;
    }

    if (tag === 'BR') {
      if (cellDepth > 0) space();
      else inline += '\n';
      continue;
    }
    enter(tag, node);
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, leaving: false });
    }
  }
  endBlock();
  return blocks;

  function enter(tag: string, node: DomNode): void {
    if (cellDepth > 0) {
      if (BLOCK_TAGS.has(tag) || CELL_TAGS.has(tag)) space();
      if (CELL_TAGS.has(tag)) cellDepth++;
      return;
    }
    if (tag === 'TABLE') {
      endBlock();
      owners.push(node);
      tableDepth++;
      return;
    }
    if (tableDepth > 0) {
      if (tag === 'TR') cellsInRow = 0;
      if (CELL_TAGS.has(tag)) {
        if (cellsInRow > 0) inline += '\t';
        cellsInRow++;
        cellDepth++;
      }
      return;
    }
    if (CELL_TAGS.has(tag)) space();
    if (BLOCK_TAGS.has(tag)) {
      endBlock();
      owners.push(node);
    }
    if (tag === 'PRE') preDepth++;
  }

  function leave(tag: string, node: DomNode): void {
    if (cellDepth > 0) {
      if (CELL_TAGS.has(tag)) cellDepth--;
      else if (BLOCK_TAGS.has(tag)) space();
      return;
    }
    if (tag === 'TABLE') {
      endBlock();
      tableDepth--;
      owners.pop();
      return;
    }
    if (tableDepth > 0) {
      if (tag === 'TR' || tag === 'CAPTION') inline += '\n';
      return;
    }
    if (BLOCK_TAGS.has(tag) && owners[owners.length - 1] === node) {
      endBlock();
      owners.pop();
    }
    if (tag === 'PRE') preDepth--;
  }
}

/** Rows on their own lines, cells trimmed of spaces but keeping their tabs, empty rows gone. */
function tableText(raw: string): string {
  return raw
    .split('\n')
    .map((row) =>
      row
        .split('\t')
        .map((cell) => cell.trim())
        .join('\t'),
    )
    .filter((row) => row.replace(/\t/g, '') !== '')
    .join('\n');
}

/**
 * HTML collapses runs of ASCII whitespace to one space. No-break spaces become plain spaces
 * too: publishing systems scatter them, and a quote typed with a normal space must still match.
 */
function collapseWhitespace(text: string, before: string): string {
  const collapsed = text.replace(/[ \t\n\f\r\u00a0]+/g, ' ');
  const atLineStart =
    before === '' || before.endsWith('\n') || before.endsWith(' ') || before.endsWith('\t');
  return atLineStart && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
}

function isHidden(node: DomNode): boolean {
  const element = node as DomElement;
  if (typeof element.getAttribute !== 'function') return false;
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
