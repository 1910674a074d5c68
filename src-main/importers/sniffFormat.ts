import { extensionOf, importFormatInfo } from '../core/fileFormats';
import { binaryFileError, hasBytesAt } from './binaryFileError';
import { detectBom, detectUtf16WithoutBom } from './decodeText';
import { ImportError } from './ImportError';
import type { ImportFormat } from './ImportResult';

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const RTF_HEADER = Array.from('{\\rtf', (c) => c.charCodeAt(0));
const SAMPLE_CHARS = 64 * 1024;
/** The PDF spec lets readers accept junk before the header; pdf.js looks this far. */
const PDF_HEADER_WINDOW = 1024;
/** Share of control characters above which content is not text (real text has almost none). */
const MAX_CONTROL_SHARE = 0.01;

/** A PDF body marker: an indirect object, a cross-reference section or the end-of-file line. */
const PDF_STRUCTURE = /\d\s+obj\b|\bstartxref\b|%%EOF/;

/**
 * A PDF starts with its header line, `%PDF-n.n` alone on the first line. Readers accept a
 * little junk before it (a mail or HTTP header left in a download), so a header line later in
 * the first KB counts too, but only when PDF structure follows it. An article that mentions
 * "%PDF-1.7" in a sentence is text.
 */
function isPdf(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, PDF_HEADER_WINDOW));
  const at = /(?:^|[\r\n])%PDF-\d\.\d[ \t]*(?:[\r\n]|$)/.exec(head);
  if (!at) return false;
  if (at.index === 0) return true;
  return PDF_STRUCTURE.test(latin1(bytes.subarray(at.index, at.index + 64 * 1024)));
}

/**
 * Decides how to read a file from its content; the extension only breaks ties between formats
 * the content allows (a fragment of tags in a .txt file stays text). Refuses binary or unknown
 * content with an ImportError.
 */
export function sniffFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  if (bytes.length === 0) {
    throw new ImportError('empty', `"${fileName}" is empty. Check that it was saved completely.`);
  }
  if (hasBytesAt(bytes, 0, ZIP_LOCAL_HEADER) || hasBytesAt(bytes, 0, ZIP_EMPTY_ARCHIVE)) {
    return sniffZipPackage(fileName, bytes);
  }
  if (isPdf(bytes)) return 'pdf';
  if (hasBytesAt(bytes, 0, RTF_HEADER)) {
    throw new ImportError(
      'unsupported',
      `"${fileName}" is a Rich Text (RTF) file. Save it as .docx or plain text and import that.`,
    );
  }

  const sample = textSample(bytes);
  if (sample === null) throw binaryFileError(fileName, bytes);

  const start = stripProlog(sample);
  if (/^MIME-Version:/i.test(start) && /multipart\/related/i.test(sample)) {
    throw new ImportError(
      'unsupported',
      `"${fileName}" is a web archive (.mht). In the browser, save the page as ` +
        '"Webpage, HTML only" (.html) and import that.',
    );
  }
  if (looksLikeHtml(start, extensionOf(fileName))) return 'html';
  if (looksLikeMarkdown(start, extensionOf(fileName))) return 'markdown';
  return 'text';
}

function sniffZipPackage(fileName: string, bytes: Uint8Array): ImportFormat {
  // Part names are stored uncompressed in the headers, so a byte search is enough to sniff;
  // importDocx then inspects the archive properly before inflating anything.
  if (findAscii(bytes, 'word/document.xml') >= 0) return 'docx';
  const advice = (what: string) =>
    new ImportError(
      'unsupported',
      `"${fileName}" is ${what}. Save the article as .docx, PDF or plain text and import that.`,
    );
  if (findAscii(bytes, 'application/vnd.oasis.opendocument') >= 0) {
    throw advice('an OpenDocument file (LibreOffice)');
  }
  if (findAscii(bytes, 'xl/workbook.xml') >= 0) throw advice('an Excel spreadsheet');
  if (findAscii(bytes, 'ppt/presentation.xml') >= 0) throw advice('a PowerPoint presentation');
  throw new ImportError(
    'unsupported',
    `"${fileName}" is a zip archive, not a Word document. Unpack it and import the article file inside.`,
  );
}

/**
 * A decoded prefix good enough for spotting markers, or null when the content is not text.
 * The control-character test runs over the whole file so that a text-looking prefix cannot
 * smuggle binary data in behind it.
 */
function textSample(bytes: Uint8Array): string | null {
  const bom = detectBom(bytes);
  const utf16 = bom === 'utf-16le' || bom === 'utf-16be' ? bom : detectUtf16WithoutBom(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    return controlShare(text) > MAX_CONTROL_SHARE || text.includes('\0')
      ? null
      : text.slice(0, SAMPLE_CHARS);
  }
  if (bom === 'utf-32') return '';
  if (!bytesLookLikeText(bytes)) return null;
  // Every marker we look for is ASCII, so a byte-per-character reading is enough.
  const start = bom === 'utf-8' ? 3 : 0;
  return latin1(bytes.subarray(start, start + SAMPLE_CHARS));
}

function isControl(code: number): boolean {
  // Tab, LF, VT, FF and CR occur in real text; the other C0 controls and DEL do not.
  return code < 0x20 ? code < 0x09 || code > 0x0d : code === 0x7f;
}

function bytesLookLikeText(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return false;
    if (isControl(byte)) controls++;
  }
  return controls / bytes.length <= MAX_CONTROL_SHARE;
}

function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  return text.length === 0 ? 0 : controls / text.length;
}

/** Drops what may precede the first real tag: BOM, whitespace, XML declaration, comments. */
function stripProlog(sample: string): string {
  // One pass with an index: replacing prefixes in a loop copies the sample once per comment.
  let at = sample.startsWith('\uFEFF') ? 1 : 0;
  const skipSpace = () => {
    while (at < sample.length && /\s/.test(sample[at] ?? '')) at++;
  };
  for (;;) {
    skipSpace();
    let end = -1;
    if (sample.slice(at, at + 5).toLowerCase() === '<?xml') {
      const close = sample.indexOf('>', at);
      end = close < 0 ? -1 : close + 1;
    } else if (sample.startsWith('<!--', at)) {
      const close = sample.indexOf('-->', at + 4);
      end = close < 0 ? -1 : close + 3;
    }
    if (end < 0) return sample.slice(at);
    at = end;
  }
}

const named = (format: ImportFormat, extension: string) =>
  importFormatInfo[format].extensions.includes(extension);

function looksLikeHtml(start: string, extension: string): boolean {
  if (!start.startsWith('<')) return false;
  if (/^<(!doctype\s+html|html|head|body)[\s>]/i.test(start)) return true;
  const head = start.slice(0, 4096);
  if (/<(html|head|body)[\s>]/i.test(head)) return true;
  return named('html', extension);
}

function looksLikeMarkdown(start: string, extension: string): boolean {
  if (named('markdown', extension)) return true;
  if (named('text', extension)) return false;
  return /^#{1,6}[ \t]+\S/.test(start);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Position of an ASCII marker in the bytes, or -1. */
function findAscii(bytes: Uint8Array, marker: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(marker, 0, 'latin1');
}
