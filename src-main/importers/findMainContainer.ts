import type { DomElement, DomNode } from './domTypes';

/** Elements that hold running text rather than group it; a container is never one of these. */
const TEXT_LEVEL = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'FIGURE',
  'FIGCAPTION',
  'CAPTION',
  'SPAN',
  'A',
  'STRONG',
  'EM',
  'B',
  'I',
]);

/**
 * The article's main container: the deepest element that holds every block Readability chose,
 * widened out of paragraph-level elements and up to the nearest enclosing `<article>`. Whatever
 * else that container holds belongs to the article too, even where Readability dropped it.
 */
export function findMainContainer(chosen: readonly DomNode[], root: DomNode): DomNode {
  let common: DomNode[] | null = null;
  for (const node of chosen) {
    const path = pathFromRoot(node, root);
    if (common === null) {
      common = path;
      continue;
    }
    let shared = 0;
    while (shared < common.length && shared < path.length && common[shared] === path[shared]) {
      shared++;
    }
    common.length = shared;
  }
  if (!common || common.length === 0) return root;

  let index = common.length - 1;
  while (index > 0 && TEXT_LEVEL.has(nameOf(common[index]))) index--;
  for (let i = index; i > 0; i--) {
    if (nameOf(common[i]) === 'ARTICLE') return common[i] as DomNode;
  }
  return common[index] ?? root;
}

/** True when `node` is `ancestor` or lies inside it. */
export function isInside(node: DomNode, ancestor: DomNode): boolean {
  for (let current: DomNode | null = node; current; current = current.parentNode) {
    if (current === ancestor) return true;
  }
  return false;
}

/** The first ancestor-or-self of `node`, below `stop`, that `test` accepts. */
export function closest(
  node: DomNode,
  stop: DomNode,
  test: (element: DomElement) => boolean,
): DomElement | null {
  for (
    let current: DomNode | null = node;
    current && current !== stop;
    current = current.parentNode
  ) {
    const element = current as DomElement;
    if (typeof element.getAttribute === 'function' && test(element)) return element;
  }
  return null;
}

function pathFromRoot(node: DomNode, root: DomNode): DomNode[] {
  const path: DomNode[] = [];
  for (let current: DomNode | null = node; current; current = current.parentNode) {
    path.push(current);
    if (current === root) break;
  }
  return path.reverse();
}

function nameOf(node: DomNode | undefined): string {
  return node?.nodeName.toUpperCase() ?? '';
}
