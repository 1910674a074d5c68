import { DOMParser } from 'linkedom';
import type { SourceBlock } from './assembleBlocks';
import type { DomElement, DomNode } from './domTypes';
import { ELEMENT_NODE, TEXT_NODE } from './domTypes';

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const COMPATIBILITY_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const MATH_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/math',
  'http://purl.oclc.org/ooxml/officeDocument/math',
]);
/** Layout vocabularies whose text (positions, alignments) is not shown to a reader. */
const LAYOUT_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing',
]);
const RELATIONSHIP_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);

const TRACKED_DELETION = 'deleted with tracked changes, so not in the document as it now reads';
const HIDDEN_TEXT = 'hidden text (formatted as hidden in Word)';
const UNREFERENCED_NOTE = 'a footnote or endnote the text never refers to';

/** WordprocessingML elements whose content is never shown as text. */
const SKIPPED = new Set([
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'fldData',
  'pPr',
  'rPr',
  'sectPr',
  'tblPr',
  'tblGrid',
  'trPr',
  'tcPr',
  'sdtPr',
  'sdtEndPr',
  'footnoteRef',
  'endnoteRef',
  'commentReference',
  'annotationRef',
  'separator',
  'continuationSeparator',
]);

export interface DocxParts {
  document: string;
  footnotes?: string;
  endnotes?: string;
  /**
   * The blocks of an embedded chunk (`w:altChunk`) by its relationship id, or null when the
   * chunk cannot be read (its blocks are then listed as left out by the caller's description).
   */
  altChunk?: (relationshipId: string) => SourceBlock[];
}

/**
 * A Word document's visible text as blocks, in reading order: every paragraph (a line break
 * inside one is a newline), every table (a line per row, cells separated by tabs), every text
 * box (after the paragraph it is anchored in), then a "Notes" heading and each footnote and
 * endnote that the body refers to, numbered in order of first reference. The reference marks
 * stay in the body as "[1]", "[2]"…. Deleted text (tracked changes) and hidden text are not
 * shown by Word: they are left out and listed, each after its paragraph, as are notes the text
 * never refers to. Field instructions are codes, not text. Iterative, linear in the XML.
 */
export function docxBlocks(parts: DocxParts): SourceBlock[] {
  const root = parseXml(parts.document);
  const reader = new WordReader(root, new Map(), parts.altChunk);
  const body = reader.blocksOf(root);

  const notes = new Map<string, { note: DomElement; root: DomElement }>();
  for (const [kind, xml] of [
    ['footnote', parts.footnotes],
    ['endnote', parts.endnotes],
  ] as const) {
    for (const [key, note, notesRoot] of noteMap(xml, kind))
      notes.set(key, { note, root: notesRoot });
  }
  const noteBlocks: SourceBlock[] = [];
  for (const [key, number] of reader.noteNumbers) {
    const found = notes.get(key);
    if (!found) continue;
    const blocks = new WordReader(found.root, reader.noteNumbers).blocksOf(found.note);
    const text = blocks
      .filter((block) => block.keep)
      .map((block) => block.text)
      .join('\n');
    if (text) {
      noteBlocks.push({ text: `[${number}] ${text}`, keep: true, sourceChars: text.length });
    }
    noteBlocks.push(...blocks.filter((block) => !block.keep));
  }
  const unreferenced: SourceBlock[] = [];
  for (const [key, found] of notes) {
    if (reader.noteNumbers.has(key)) continue;
    const blocks = new WordReader(found.root).blocksOf(found.note);
    const text = blocks
      .filter((block) => block.keep)
      .map((block) => block.text)
      .join('\n');
    if (text) unreferenced.push({ text, keep: false, reason: UNREFERENCED_NOTE });
  }
  if (!noteBlocks.some((block) => block.keep)) return [...body, ...noteBlocks, ...unreferenced];
  return [...body, { text: 'Notes', keep: true, sourceChars: 0 }, ...noteBlocks, ...unreferenced];
}

function parseXml(xml: string): DomElement {
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as {
    documentElement: DomElement | null;
  };
  if (!document.documentElement) throw new Error('a part of the document is not XML');
  return document.documentElement;
}

function noteMap(
  xml: string | undefined,
  kind: 'footnote' | 'endnote',
): [string, DomElement, DomElement][] {
  if (!xml) return [];
  const root = parseXml(xml);
  const found: [string, DomElement, DomElement][] = [];
  for (const child of elementChildren(root)) {
    if (wordLocalName(child) !== kind) continue;
    const type = wordAttribute(child, 'type');
    if (type && type !== 'normal') continue; // separators and continuation notices
    const id = wordAttribute(child, 'id');
    if (id !== null) found.push([`${kind}:${id}`, child, root]);
  }
  return found;
}

/**
 * linkedom's XML parser keeps prefixed names but does not resolve namespaces, so they are
 * resolved here: the URI an element's (or attribute's) prefix is bound to by the nearest
 * `xmlns:prefix` (or `xmlns` for no prefix) on it or an ancestor. Memoised per element, so a
 * whole document costs linear time.
 */
const scopes = new WeakMap<DomNode, Map<string, string | null>>();

function namespaceOf(element: DomElement, prefix: string): string | null {
  const path: DomNode[] = [];
  let found: string | null = null;
  for (
    let node: DomNode | null = element;
    node && node.nodeType === ELEMENT_NODE;
    node = node.parentNode
  ) {
    const memo = scopes.get(node);
    if (memo?.has(prefix)) {
      found = memo.get(prefix) ?? null;
      break;
    }
    path.push(node);
    const declared = (node as DomElement).getAttribute(prefix ? `xmlns:${prefix}` : 'xmlns');
    if (declared !== null) {
      found = declared || null;
      break;
    }
  }
  for (const node of path) {
    let memo = scopes.get(node);
    if (!memo) scopes.set(node, (memo = new Map()));
    memo.set(prefix, found);
  }
  return found;
}

function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(':');
  return colon === -1
    ? { prefix: '', local: name }
    : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/** An element's namespace URI and local name, whatever prefix the file uses. */
function qualifiedName(element: DomElement): { namespace: string | null; local: string } {
  const { prefix, local } = splitName(element.nodeName);
  return { namespace: namespaceOf(element, prefix), local };
}

function wordLocalName(element: DomElement): string | null {
  const { namespace, local } = qualifiedName(element);
  return namespace !== null && WORD_NAMESPACES.has(namespace) ? local : null;
}

/** A WordprocessingML attribute (`w:val`, `w:id`…) under whatever prefix the file binds. */
function wordAttribute(element: DomElement, local: string): string | null {
  return namespacedAttribute(element, local, WORD_NAMESPACES);
}

function namespacedAttribute(
  element: DomElement,
  local: string,
  namespaces: Set<string>,
): string | null {
  const attributes = (
    element as unknown as { attributes?: ArrayLike<{ name: string; value: string }> }
  ).attributes;
  for (let i = 0; i < (attributes?.length ?? 0); i++) {
    const attribute = attributes?.[i];
    if (!attribute) continue;
    const name = splitName(attribute.name);
    if (name.local !== local || !name.prefix || name.prefix === 'xmlns') continue;
    const namespace = namespaceOf(element, name.prefix);
    if (namespace !== null && namespaces.has(namespace)) return attribute.value;
  }
  return null;
}

function elementChildren(node: DomNode): DomElement[] {
  const children: DomElement[] = [];
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child?.nodeType === ELEMENT_NODE) children.push(child as DomElement);
  }
  return children;
}

/** Reads WordprocessingML under one part's root, whose namespace prefixes it uses. */
class WordReader {
  /** "footnote:3" → the number shown for it, in order of first reference. */
  readonly noteNumbers: Map<string, number>;
  private readonly altChunk: ((relationshipId: string) => SourceBlock[]) | undefined;

  constructor(
    _partRoot: DomElement,
    noteNumbers = new Map<string, number>(),
    altChunk?: (relationshipId: string) => SourceBlock[],
  ) {
    this.noteNumbers = noteNumbers;
    this.altChunk = altChunk;
  }

  /** Block-level content (body, cell, text box, note) as blocks, text boxes after their anchor. */
  blocksOf(container: DomNode): SourceBlock[] {
    const blocks: SourceBlock[] = [];
    const stack: DomNode[] = [...elementChildren(container)].reverse();
    while (stack.length > 0) {
      const node = stack.pop() as DomElement;
      const name = this.local(node);
      if (name === null) {
        blocks.push(...unreadText(node));
        continue;
      }
      if (SKIPPED.has(name)) continue;
      if (name === 'p') {
        const { text, boxes, unread } = this.paragraph(node);
        if (text) blocks.push({ text, keep: true });
        blocks.push(...unread);
        for (const box of boxes) blocks.push(...this.blocksOf(box));
      } else if (name === 'altChunk') {
        const id = namespacedAttribute(node, 'id', RELATIONSHIP_NAMESPACES);
        blocks.push(...(id !== null && this.altChunk ? this.altChunk(id) : []));
      } else if (name === 'tbl') {
        const { text, boxes } = this.table(node);
        if (text) blocks.push({ text, keep: true });
        for (const box of boxes) blocks.push(...this.blocksOf(box));
      } else {
        const children = this.visibleChildren(node);
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomElement);
      }
    }
    return blocks;
  }

  /** A paragraph's text, trimmed, and the text boxes anchored in it. */
  private paragraph(paragraph: DomElement): {
    text: string;
    boxes: DomElement[];
    unread: SourceBlock[];
  } {
    let text = '';
    const boxes: DomElement[] = [];
    const unread: SourceBlock[] = [];
    const stack: DomNode[] = [...this.visibleChildren(paragraph)].reverse();
    while (stack.length > 0) {
      const node = stack.pop() as DomNode;
      if (node.nodeType === TEXT_NODE) continue; // whitespace between elements
      const element = node as DomElement;
      const qualified = qualifiedName(element);
      if (qualified.namespace !== null && MATH_NAMESPACES.has(qualified.namespace)) {
        // Office Math: the text of its runs (m:t), in order, is what a reader sees.
        if (qualified.local === 't') text += element.textContent ?? '';
        else {
          const children = elementChildren(element);
          for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
        }
        continue;
      }
      const name = this.local(element);
      if (name === null) {
        unread.push(...unreadText(element));
        continue;
      }
      // Text moved with tracked changes stands at its new place (moveTo); only deletions are lost.
      if (name === 'del') {
        this.leaveOut(element, 'delText', TRACKED_DELETION, unread);
        continue;
      }
      if (SKIPPED.has(name)) continue;
      switch (name) {
        case 't':
          text += element.textContent ?? '';
          continue;
        case 'tab':
        case 'ptab':
          text += '\t';
          continue;
        case 'br':
        case 'cr':
          text += '\n';
          continue;
        case 'noBreakHyphen':
          text += '\u2011';
          continue;
        case 'softHyphen':
          continue;
        case 'sym':
          text += symbol(wordAttribute(element, 'char'));
          continue;
        case 'footnoteReference':
        case 'endnoteReference':
          text += this.noteMark(element, name === 'footnoteReference' ? 'footnote' : 'endnote');
          continue;
        case 'txbxContent':
          boxes.push(element);
          continue;
        case 'r':
          if (this.isHidden(element)) {
            this.leaveOut(element, 't', HIDDEN_TEXT, unread);
            continue;
          }
          break;
        case 'tbl': {
          // A table inside a paragraph (only in malformed files) reads as text on its own line.
          text += `\n${this.table(element).text}\n`;
          continue;
        }
      }
      const children = this.visibleChildren(element);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
    }
    return { text: trimBlock(text), boxes, unread };
  }

  /** Rows on their own lines, cells separated by tabs, a cell's paragraphs joined by spaces. */
  private table(table: DomElement): { text: string; boxes: DomElement[] } {
    const rows: string[] = [];
    const boxes: DomElement[] = [];
    for (const row of this.descendantsNamed(table, 'tr', 'tbl')) {
      const cells = this.descendantsNamed(row, 'tc', 'tr').map((cell) =>
        this.blocksOfCell(cell, boxes),
      );
      if (cells.some((cell) => cell !== '')) rows.push(cells.join('\t'));
    }
    return { text: rows.join('\n'), boxes };
  }

  private blocksOfCell(cell: DomElement, boxes: DomElement[]): string {
    const parts: string[] = [];
    const stack: DomNode[] = [...this.visibleChildren(cell)].reverse();
    while (stack.length > 0) {
      const node = stack.pop() as DomElement;
      const name = this.local(node);
      if (name === null || SKIPPED.has(name)) continue;
      if (name === 'p') {
        const paragraph = this.paragraph(node);
        parts.push(paragraph.text);
        boxes.push(...paragraph.boxes);
      } else if (name === 'tbl') {
        parts.push(this.table(node).text);
      } else {
        const children = this.visibleChildren(node);
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomElement);
      }
    }
    return parts
      .join(' ')
      .replace(/[\t\n]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim();
  }

  /** `<tr>` of a table or `<tc>` of a row, through content controls, not into nested tables. */
  private descendantsNamed(parent: DomElement, wanted: string, stopAt: string): DomElement[] {
    const found: DomElement[] = [];
    const stack: DomElement[] = [...this.visibleChildren(parent)].reverse() as DomElement[];
    while (stack.length > 0) {
      const node = stack.pop() as DomElement;
      const name = this.local(node);
      if (name === null || SKIPPED.has(name) || name === stopAt) continue;
      if (name === wanted) {
        found.push(node);
        continue;
      }
      const children = this.visibleChildren(node);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomElement);
    }
    return found;
  }

  /**
   * Element children, with markup-compatibility choices made: of `mc:AlternateContent`, the
   * first `mc:Choice` that holds text, else `mc:Fallback`, so a text box is read exactly once.
   */
  private visibleChildren(node: DomNode): DomNode[] {
    const children: DomNode[] = [];
    for (const child of elementChildren(node)) {
      if (isCompatibility(child, 'AlternateContent')) {
        const branches = elementChildren(child);
        const withText =
          branches.find(
            (branch) =>
              isCompatibility(branch, 'Choice') && (branch.textContent ?? '').trim() !== '',
          ) ?? branches.find((branch) => isCompatibility(branch, 'Fallback'));
        if (withText) children.push(...elementChildren(withText));
        continue;
      }
      children.push(child);
    }
    return children;
  }

  private noteMark(reference: DomElement, kind: 'footnote' | 'endnote'): string {
    const id = wordAttribute(reference, 'id');
    if (id === null) return '';
    const key = `${kind}:${id}`;
    let number = this.noteNumbers.get(key);
    if (number === undefined) {
      number = this.noteNumbers.size + 1;
      this.noteNumbers.set(key, number);
    }
    return `[${number}]`;
  }

  /** Lists the text of `element`'s `w:<textName>` descendants as left out, joined to its neighbour. */
  private leaveOut(
    element: DomElement,
    textName: string,
    reason: string,
    leftOut: SourceBlock[],
  ): void {
    let text = '';
    const all = element.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const child = all[i];
      if (child && this.local(child) === textName) text += child.textContent ?? '';
    }
    if (!text.trim()) return;
    const previous = leftOut.at(-1);
    if (previous?.reason === reason) previous.text += text;
    else leftOut.push({ text, keep: false, reason });
  }

  private isHidden(run: DomElement): boolean {
    const properties = elementChildren(run).find((child) => this.local(child) === 'rPr');
    if (!properties) return false;
    const vanish = elementChildren(properties).find((child) => this.local(child) === 'vanish');
    if (!vanish) return false;
    const value = wordAttribute(vanish, 'val');
    return value !== 'false' && value !== '0' && value !== 'off';
  }

  /**
   * The local name of a WordprocessingML element (by namespace, whatever its prefix); '' for
   * the wrappers of other vocabularies that are walked through (w:drawing → wp:anchor → … →
   * wps:txbx holds a text box); null for an element in no known vocabulary, whose text is then
   * listed as left out.
   */
  private local(element: DomElement): string | null {
    const { namespace, local } = qualifiedName(element);
    if (namespace !== null && WORD_NAMESPACES.has(namespace)) return local;
    if (namespace !== null && LAYOUT_NAMESPACES.has(namespace)) return '';
    return namespace !== null && !hasOwnText(element) ? '' : null;
  }
}

function isCompatibility(element: DomElement, local: string): boolean {
  const name = qualifiedName(element);
  return name.namespace === COMPATIBILITY_NAMESPACE && name.local === local;
}

/** True when an element holds non-blank text directly (not only through child elements). */
function hasOwnText(element: DomElement): boolean {
  for (let i = 0; i < element.childNodes.length; i++) {
    const child = element.childNodes[i];
    if (child?.nodeType === TEXT_NODE && (child.nodeValue ?? '').trim() !== '') return true;
  }
  return false;
}

/**
 * Text inside an element Factdesk does not read (no namespace, or another vocabulary holding
 * text directly): counted and listed as left out, never dropped without a word.
 */
function unreadText(element: DomElement): SourceBlock[] {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return [];
  return [
    {
      text,
      keep: false,
      reason: `text in a Word element Factdesk does not read (${element.nodeName})`,
    },
  ];
}

function trimBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/**
 * A `w:sym` character. Symbol fonts (Wingdings, Symbol) put their glyphs at U+F0xx, which means
 * nothing outside that font, so those are left out rather than shown as unreadable characters.
 */
function symbol(hex: string | null): string {
  const code = hex ? parseInt(hex, 16) : NaN;
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return '';
  return code >= 0xe000 && code <= 0xf8ff ? '' : String.fromCodePoint(code);
}
