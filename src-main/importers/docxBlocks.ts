import { DOMParser } from 'linkedom';
import type { SourceBlock } from './assembleBlocks';
import type { DomElement, DomNode } from './domTypes';
import { ELEMENT_NODE, TEXT_NODE } from './domTypes';

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const COMPATIBILITY_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

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
}

/**
 * A Word document's visible text as blocks, in reading order: every paragraph (a line break
 * inside one is a newline), every table (a line per row, cells separated by tabs), every text
 * box (after the paragraph it is anchored in), then a "Notes" heading and each footnote and
 * endnote that the body refers to, numbered in order of first reference. The reference marks
 * stay in the body as "[1]", "[2]"…. Deleted text (tracked changes), hidden text and field
 * instructions are not shown by Word and are left out. Iterative, linear in the XML.
 */
export function docxBlocks(parts: DocxParts): SourceBlock[] {
  const root = parseXml(parts.document);
  const reader = new WordReader(root);
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
    const text = new WordReader(found.root, reader.noteNumbers)
      .blocksOf(found.note)
      .map((block) => block.text)
      .join('\n');
    if (text) {
      noteBlocks.push({ text: `[${number}] ${text}`, keep: true, sourceChars: text.length });
    }
  }
  if (noteBlocks.length === 0) return body;
  return [...body, { text: 'Notes', keep: true, sourceChars: 0 }, ...noteBlocks];
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
  const prefix = wordPrefix(root);
  const found: [string, DomElement, DomElement][] = [];
  for (const child of elementChildren(root)) {
    if (child.nodeName !== `${prefix}${kind}`) continue;
    const type = child.getAttribute(`${prefix}type`);
    if (type && type !== 'normal') continue; // separators and continuation notices
    const id = child.getAttribute(`${prefix}id`);
    if (id !== null) found.push([`${kind}:${id}`, child, root]);
  }
  return found;
}

/** The prefix (with colon) bound to WordprocessingML on the root; "w:" by convention. */
function wordPrefix(root: DomElement): string {
  return namespacePrefix(root, WORD_NAMESPACES) ?? 'w:';
}

function namespacePrefix(root: DomElement, namespaces: Set<string>): string | null {
  const attributes = (
    root as unknown as { attributes?: ArrayLike<{ name: string; value: string }> }
  ).attributes;
  for (let i = 0; i < (attributes?.length ?? 0); i++) {
    const attribute = attributes?.[i];
    if (!attribute || !namespaces.has(attribute.value)) continue;
    if (attribute.name === 'xmlns') return '';
    if (attribute.name.startsWith('xmlns:')) return `${attribute.name.slice(6)}:`;
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
  private readonly w: string;
  private readonly mc: string;

  constructor(partRoot: DomElement, noteNumbers = new Map<string, number>()) {
    this.noteNumbers = noteNumbers;
    this.w = wordPrefix(partRoot);
    this.mc = namespacePrefix(partRoot, new Set([COMPATIBILITY_NAMESPACE])) ?? 'mc:';
  }

  /** Block-level content (body, cell, text box, note) as blocks, text boxes after their anchor. */
  blocksOf(container: DomNode): SourceBlock[] {
    const blocks: SourceBlock[] = [];
    const stack: DomNode[] = [...elementChildren(container)].reverse();
    while (stack.length > 0) {
      const node = stack.pop() as DomElement;
      const name = this.local(node);
      if (name === null || SKIPPED.has(name)) continue;
      if (name === 'p') {
        const { text, boxes } = this.paragraph(node);
        if (text) blocks.push({ text, keep: true });
        for (const box of boxes) blocks.push(...this.blocksOf(box));
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
  private paragraph(paragraph: DomElement): { text: string; boxes: DomElement[] } {
    let text = '';
    const boxes: DomElement[] = [];
    const stack: DomNode[] = [...this.visibleChildren(paragraph)].reverse();
    while (stack.length > 0) {
      const node = stack.pop() as DomNode;
      if (node.nodeType === TEXT_NODE) continue; // whitespace between elements
      const element = node as DomElement;
      const name = this.local(element);
      if (name === null || SKIPPED.has(name)) continue;
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
          text += symbol(element.getAttribute(`${this.w}char`));
          continue;
        case 'footnoteReference':
        case 'endnoteReference':
          text += this.noteMark(element, name === 'footnoteReference' ? 'footnote' : 'endnote');
          continue;
        case 'txbxContent':
          boxes.push(element);
          continue;
        case 'r':
          if (this.isHidden(element)) continue;
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
    return { text: trimBlock(text), boxes };
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
      if (child.nodeName === `${this.mc}AlternateContent`) {
        const branches = elementChildren(child);
        const withText =
          branches.find(
            (branch) =>
              branch.nodeName === `${this.mc}Choice` && (branch.textContent ?? '').trim() !== '',
          ) ?? branches.find((branch) => branch.nodeName === `${this.mc}Fallback`);
        if (withText) children.push(...elementChildren(withText));
        continue;
      }
      children.push(child);
    }
    return children;
  }

  private noteMark(reference: DomElement, kind: 'footnote' | 'endnote'): string {
    const id = reference.getAttribute(`${this.w}id`);
    if (id === null) return '';
    const key = `${kind}:${id}`;
    let number = this.noteNumbers.get(key);
    if (number === undefined) {
      number = this.noteNumbers.size + 1;
      this.noteNumbers.set(key, number);
    }
    return `[${number}]`;
  }

  private isHidden(run: DomElement): boolean {
    const properties = elementChildren(run).find((child) => this.local(child) === 'rPr');
    if (!properties) return false;
    const vanish = elementChildren(properties).find((child) => this.local(child) === 'vanish');
    if (!vanish) return false;
    const value = vanish.getAttribute(`${this.w}val`);
    return value !== 'false' && value !== '0' && value !== 'off';
  }

  /** The local name of a WordprocessingML element, or null for other vocabularies we pass through. */
  private local(element: DomElement): string | null {
    const name = element.nodeName;
    if (name.startsWith(this.w)) return name.slice(this.w.length);
    // DrawingML and VML wrappers (w:drawing → wp:anchor → … → wps:txbx) are walked through.
    return name.includes(':') ? '' : null;
  }
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
