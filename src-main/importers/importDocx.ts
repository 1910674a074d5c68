import { DOMParser } from 'linkedom';
import type { SourceBlock } from './assembleBlocks';
import { assembleBlocks } from './assembleBlocks';
import { htmlBlocks } from './blockText';
import { decodeText } from './decodeText';
import { decodeXmlPart } from './decodeXmlPart';
import { declaredHtmlCharset } from './htmlCharset';
import { docxBlocks } from './docxBlocks';
import type { DomElement } from './domTypes';
import { ImportError } from './ImportError';
import type { ImportResult } from './ImportResult';
import { inspectZip } from './inspectZip';
import { MAX_DOCX_XML_BYTES, MAX_IMPORT_CHARS, describeBytes } from './limits';
import { readDocxCoreProperties } from './readDocxCoreProperties';
import { errorMessage } from '../core/errorMessage';
import { createWordTextCounter } from './wordTextCounter';

const CORE_PROPERTIES = 'docProps/core.xml';
const MAIN_DOCUMENT = 'word/document.xml';
const RELATIONSHIP_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/**
 * A Word document's text: paragraphs separated by blank lines with every character as typed,
 * line breaks, tables as tab-separated rows, text boxes, and footnotes and endnotes under
 * "Notes" (see docxBlocks). The archive is vetted by inspectZip, which inflates every part into
 * a counter and keeps only the XML parts read here.
 */
export async function importDocx(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
  // Text and markup are measured as they are unzipped, so an oversized document is refused
  // before its XML is parsed (95 MB of it took 35 s and 2.75 GB).
  const counters: ReturnType<typeof createWordTextCounter>[] = [];
  let xmlBytes = 0;
  const zip = await inspectZip(fileName, bytes, isTextPart, (name) => {
    if (!isTextPart(name)) return undefined;
    const counter = createWordTextCounter();
    counters.push(counter);
    return (chunk) => {
      xmlBytes += chunk.length;
      counter.push(chunk);
    };
  });
  refuseOversized(
    fileName,
    xmlBytes,
    counters.reduce((sum, counter) => sum + counter.count, 0),
  );
  const part = (name: string | undefined) => {
    const kept = name === undefined ? undefined : zip.kept.get(name);
    return kept === undefined ? undefined : decodeXmlPart(kept);
  };

  const documentName =
    target(part('_rels/.rels'), '', 'officeDocument') ??
    (zip.entryNames.has(MAIN_DOCUMENT) ? MAIN_DOCUMENT : undefined);
  const document = part(documentName);
  if (!documentName || document === undefined) {
    throw new ImportError(
      'unsupported',
      `"${fileName}" is a zip archive but not a Word document (it has no ${MAIN_DOCUMENT}). ` +
        'Save the article as .docx from Word and import that.',
    );
  }
  const folder = documentName.slice(0, documentName.lastIndexOf('/') + 1);
  const relationships = part(`${folder}_rels/${documentName.slice(folder.length)}.rels`);

  let blocks;
  try {
    blocks = docxBlocks({
      document,
      footnotes: part(target(relationships, folder, 'footnotes') ?? `${folder}footnotes.xml`),
      endnotes: part(target(relationships, folder, 'endnotes') ?? `${folder}endnotes.xml`),
      altChunk: (id) => {
        const name = targetById(relationships, folder, id);
        return altChunkBlocks(name, name === undefined ? undefined : zip.kept.get(name));
      },
    });
  } catch (cause) {
    throw new ImportError(
      'corrupt',
      `"${fileName}" could not be read as a Word document: ${errorMessage(cause)}. ` +
        'Open it in Word and save a fresh copy, then import that.',
      { cause },
    );
  }

  const { text, coverage } = assembleBlocks(blocks);
  const core = part(CORE_PROPERTIES);
  return {
    format: 'docx',
    text,
    meta: core ? readDocxCoreProperties(core) : {},
    warnings: [],
    coverage,
  };
}

/**
 * The parts a Word file's text and properties live in (XML, and the HTML or plain-text chunks
 * that `w:altChunk` embeds); the rest is only counted.
 */
function isTextPart(name: string): boolean {
  return /\.(xml|rels|html?|xhtml|txt)$/i.test(name) && !name.startsWith('customXml/');
}

const UNREAD_CHUNK =
  'an embedded document (altChunk) in a format Factdesk does not read; open the file in ' +
  'Word and save it again, which merges it into the text';

/**
 * The blocks of a chunk that `w:altChunk` embeds where it stands: HTML as a page's paragraphs,
 * plain text by blank-line paragraphs. A chunk in another format (RTF, MHT, a nested .docx) or
 * missing from the archive is listed as left out, never dropped without a word.
 */
function altChunkBlocks(name: string | undefined, bytes: Buffer | undefined): SourceBlock[] {
  if (name === undefined || bytes === undefined) {
    return [
      { text: `[embedded document ${name ?? '(missing)'}]`, keep: false, reason: UNREAD_CHUNK },
    ];
  }
  if (/\.(html?|xhtml)$/i.test(name)) {
    const { text: html } = decodeText(bytes, { declaredCharset: declaredHtmlCharset(bytes) });
    const page = new DOMParser().parseFromString(html, 'text/html') as unknown as {
      body: DomElement | null;
      documentElement: DomElement;
    };
    return htmlBlocks(page.body ?? page.documentElement)
      .map((block) => ({ text: block.text, keep: true }))
      .filter((block) => block.text !== '');
  }
  if (/\.txt$/i.test(name)) {
    return decodeText(bytes)
      .text.split(/\r?\n\s*\r?\n/)
      .map((paragraph) => paragraph.replace(/\r\n?/g, '\n').trim())
      .filter((paragraph) => paragraph !== '')
      .map((paragraph) => ({ text: paragraph, keep: true }));
  }
  return [{ text: `[embedded document ${name}]`, keep: false, reason: UNREAD_CHUNK }];
}

/** The part a relationship with this Id points to, as a path inside the archive. */
function targetById(rels: string | undefined, folder: string, id: string): string | undefined {
  for (const relationship of relationshipsOf(rels)) {
    if (relationship.getAttribute('Id') !== id) continue;
    const path = relationship.getAttribute('Target');
    if (!path || relationship.getAttribute('TargetMode') === 'External') return undefined;
    return resolvePartName(folder, path);
  }
  return undefined;
}

function relationshipsOf(rels: string | undefined): DomElement[] {
  if (!rels) return [];
  const root = new DOMParser().parseFromString(rels, 'text/xml') as unknown as {
    documentElement: DomElement | null;
  };
  const nodes = root.documentElement?.childNodes ?? [];
  const found: DomElement[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as DomElement | undefined;
    if (typeof node?.getAttribute === 'function') found.push(node);
  }
  return found;
}

/**
 * The part a relationship of `type` points to, as a path inside the archive, from a .rels part
 * that lives for the part in `folder`.
 */
function target(rels: string | undefined, folder: string, type: string): string | undefined {
  if (!rels) return undefined;
  const root = new DOMParser().parseFromString(rels, 'text/xml') as unknown as {
    documentElement: DomElement | null;
  };
  const relationships = root.documentElement?.childNodes ?? [];
  for (let i = 0; i < relationships.length; i++) {
    const relationship = relationships[i] as DomElement | undefined;
    if (typeof relationship?.getAttribute !== 'function') continue;
    const relationshipType = relationship.getAttribute('Type') ?? '';
    const targetMode = relationship.getAttribute('TargetMode');
    const path = relationship.getAttribute('Target');
    if (!path || targetMode === 'External') continue;
    if (
      relationshipType !== `${RELATIONSHIP_TYPES}${type}` &&
      !relationshipType.endsWith(`/${type}`)
    ) {
      continue;
    }
    return resolvePartName(folder, path);
  }
  return undefined;
}

/** "footnotes.xml" in "word/" → "word/footnotes.xml"; "/word/x.xml" → "word/x.xml"; ".." resolved. */
function resolvePartName(folder: string, path: string): string {
  const segments = (path.startsWith('/') ? path.slice(1) : `${folder}${path}`).split('/');
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === '..') resolved.pop();
    else if (segment !== '.' && segment !== '') resolved.push(segment);
  }
  return resolved.join('/');
}

/** Refuses, before any XML is parsed, a document too long or too large to import. */
function refuseOversized(fileName: string, xmlBytes: number, characters: number): void {
  if (characters > MAX_IMPORT_CHARS) {
    throw new ImportError(
      'too_large',
      `"${fileName}" holds about ${characters.toLocaleString('en')} characters of text; ` +
        `Factdesk imports at most ${MAX_IMPORT_CHARS.toLocaleString('en')}. Split it and import the part with the article.`,
    );
  }
  if (xmlBytes > MAX_DOCX_XML_BYTES) {
    throw new ImportError(
      'too_large',
      `"${fileName}" holds ${describeBytes(xmlBytes)} of document markup; Factdesk reads at most ` +
        `${describeBytes(MAX_DOCX_XML_BYTES)}. Save just the article as a new Word file (or as plain text) and import that.`,
    );
  }
}
