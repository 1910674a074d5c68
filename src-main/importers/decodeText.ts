import { decodeWindows1252 } from './decodeWindows1252';
import { ImportError } from './ImportError';

export interface DecodedText {
  text: string;
  /** WHATWG encoding name actually used. */
  encoding: string;
  warnings: string[];
}

const WESTERN_FALLBACK = 'windows-1252';

/**
 * Turns bytes into a string without ever silently mangling them: a BOM wins; otherwise strict
 * UTF-8; otherwise the declared charset (HTML) or Windows-1252, with a warning saying so.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const bom = detectBom(bytes);
  if (bom) return decodeWithBom(bytes, bom);

  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16) {
    return {
      text: new TextDecoder(utf16).decode(bytes),
      encoding: utf16,
      warnings: [`The file has no byte-order mark; it was read as ${utf16.toUpperCase()}.`],
    };
  }

  const declared = declaredCharset ? encodingFromLabel(declaredCharset) : null;
  const warnings: string[] = [];
  if (declaredCharset && !declared) {
    warnings.push(
      `The page declares an unknown character set "${declaredCharset}"; it was ignored.`,
    );
  }

  if (declared && declared !== 'utf-8') {
    // Servers and CMSs often declare a Western charset for pages that are really UTF-8; text in
    // a single-byte charset almost never happens to form valid multi-byte UTF-8 sequences.
    const utf8 = hasNonAscii(bytes) ? tryDecode(bytes, 'utf-8') : null;
    if (utf8 !== null) {
      warnings.push(
        `The page declares the character set "${declaredCharset}" but its text is UTF-8, so it was read as UTF-8.`,
      );
      return { text: utf8, encoding: 'utf-8', warnings };
    }
    const text =
      declared === WESTERN_FALLBACK
        ? decodeWindows1252(bytes)
        : new TextDecoder(declared).decode(bytes);
    return { text, encoding: declared, warnings };
  }

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings };

  warnings.push(
    'The file is not valid UTF-8, so it was read as Windows-1252 (Western European). ' +
      'If accented letters or quotation marks look wrong, save the file as UTF-8 and import it again.',
  );
  return {
    text: decodeWindows1252(bytes),
    encoding: WESTERN_FALLBACK,
    warnings,
  };
}

type Bom = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32';

export function detectBom(bytes: Uint8Array): Bom | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return 'utf-32';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'utf-32';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return null;
}

function decodeWithBom(bytes: Uint8Array, bom: Bom): DecodedText {
  if (bom === 'utf-32') {
    // TextDecoder has no UTF-32, and it is rare enough that asking for a re-save is kinder
    // than guessing.
    throw new ImportError(
      'unsupported',
      'The file is in UTF-32, which Factdesk cannot read. Save it as UTF-8 and import it again.',
    );
  }
  // TextDecoder strips the BOM itself unless ignoreBOM is set.
  const strict = tryDecode(bytes, bom);
  if (strict !== null) return { text: strict, encoding: bom, warnings: [] };

  if (bom === 'utf-8') {
    return {
      text: decodeWindows1252(bytes.subarray(3)),
      encoding: WESTERN_FALLBACK,
      warnings: [
        'The file starts with a UTF-8 marker but is not valid UTF-8, so it was read as ' +
          'Windows-1252 (Western European). Check accented letters and quotation marks.',
      ],
    };
  }
  const text = new TextDecoder(bom).decode(bytes);
  const replaced = countReplacementCharacters(text);
  return {
    text,
    encoding: bom,
    warnings: [
      `The file is ${bom.toUpperCase()} but has ${replaced} damaged character(s); ` +
        'they are shown as "\uFFFD". Check them against the original.',
    ],
  };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function encodingFromLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

function countReplacementCharacters(text: string): number {
  let count = 0;
  for (const character of text) if (character === '\uFFFD') count++;
  return count;
}

const UTF16_SAMPLE_BYTES = 4096;

/**
 * Notepad and some exporters write UTF-16 without a BOM. Latin-script text then has a zero in
 * almost every other byte, which no real UTF-8 or Windows-1252 text has.
 */
export function detectUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  if (length < 8) return null;
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) zerosAtEven++;
    if (bytes[i + 1] === 0) zerosAtOdd++;
  }
  const pairs = length / 2;
  const mostly = (count: number) => count / pairs >= 0.4;
  const rarely = (count: number) => count / pairs <= 0.02;
  let candidate: 'utf-16le' | 'utf-16be' | null = null;
  if (mostly(zerosAtOdd) && rarely(zerosAtEven)) candidate = 'utf-16le';
  if (mostly(zerosAtEven) && rarely(zerosAtOdd)) candidate = 'utf-16be';
  return candidate;
}
