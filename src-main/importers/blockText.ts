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
  'SELECT',
  'TEXTAREA',
  'BUTTON',
]);

const CELL_TAGS = new Set(['TD', 'TH']);

/**
 * The visible text of a DOM subtree with a blank line between blocks and one line break per
 * `<br>`, the way a reader sees the paragraphs. Iterative, so that absurdly deep markup cannot
 * overflow the stack.
 */
export function blockText(root: DomNode): string {
  const blocks: string[] = [];
  let inline = '';
  let preDepth = 0;

  const endBlock = () => {
    const lines = inline.split('\n').map((line) => (preDepth > 0 ? line : line.trim()));
    const block =
      preDepth > 0 ? lines.join('\n').replace(/^\n+|\s+$/g, '') : lines.join('\n').trim();
    if (block) blocks.push(block);
    inline = '';
  };

  const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: DomNode; leaving: boolean };
    const tag = node.nodeName.toUpperCase();

    if (leaving) {
      if (BLOCK_TAGS.has(tag)) endBlock();
      if (tag === 'PRE') preDepth--;
      continue;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      inline +=
        preDepth > 0 ? (node.nodeValue ?? '') : collapseWhitespace(node.nodeValue ?? '', inline);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    if (INVISIBLE_TAGS.has(tag) || isHidden(node)) continue;

    if (tag === 'BR') {
      inline += '\n';
      continue;
    }
    if (BLOCK_TAGS.has(tag)) endBlock();
    if (tag === 'PRE') preDepth++;
    if (CELL_TAGS.has(tag) && inline && !inline.endsWith(' ')) inline += ' ';

    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, leaving: false });
    }
  }
  endBlock();
  return blocks.join('\n\n');
}

/**
 * HTML collapses runs of ASCII whitespace to one space. No-break spaces become plain spaces
 * too: publishing systems scatter them, and a quote typed with a normal space must still match.
 */
function collapseWhitespace(text: string, before: string): string {
  const collapsed = text.replace(/[ \t\n\f\r\u00a0]+/g, ' ');
  const atLineStart = before === '' || before.endsWith('\n') || before.endsWith(' ');
  return atLineStart && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
}

function isHidden(node: DomNode): boolean {
  const element = node as DomElement;
  if (typeof element.getAttribute !== 'function') return false;
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
