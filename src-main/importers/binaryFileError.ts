import { ImportError } from './ImportError';

interface Signature {
  offset: number;
  bytes: readonly number[];
  what: string;
  advice: string;
}

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

const IMAGE_ADVICE =
  'If it is a photo or scan of an article, run it through OCR first and import the text.';
const ARCHIVE_ADVICE = 'Unpack it and import the article file inside.';
const NOT_AN_ARTICLE = 'Import the article itself: text, Markdown, a saved web page, Word or PDF.';

// Only consulted once the content has already failed the text test, so short signatures such
// as "MZ" cannot turn away a text file that happens to start with those letters.
const signatures: readonly Signature[] = [
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', advice: IMAGE_ADVICE },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', advice: IMAGE_ADVICE },
  { offset: 0, bytes: ascii('GIF8'), what: 'a GIF image', advice: IMAGE_ADVICE },
  { offset: 8, bytes: ascii('WEBP'), what: 'a WebP image', advice: IMAGE_ADVICE },
  { offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image', advice: IMAGE_ADVICE },
  { offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image', advice: IMAGE_ADVICE },
  { offset: 4, bytes: ascii('ftyp'), what: 'a video or HEIC image', advice: NOT_AN_ARTICLE },
  { offset: 0, bytes: [0x1f, 0x8b], what: 'a gzip archive', advice: ARCHIVE_ADVICE },
  { offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive', advice: ARCHIVE_ADVICE },
  { offset: 0, bytes: ascii('Rar!'), what: 'a RAR archive', advice: ARCHIVE_ADVICE },
  { offset: 0, bytes: ascii('BZh'), what: 'a bzip2 archive', advice: ARCHIVE_ADVICE },
  {
    offset: 0,
    bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a],
    what: 'an xz archive',
    advice: ARCHIVE_ADVICE,
  },
  { offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program', advice: NOT_AN_ARTICLE },
  { offset: 0, bytes: ascii('MZ'), what: 'a Windows program', advice: NOT_AN_ARTICLE },
  { offset: 0, bytes: ascii('SQLite format 3'), what: 'a database', advice: NOT_AN_ARTICLE },
  { offset: 0, bytes: ascii('ID3'), what: 'an audio file', advice: NOT_AN_ARTICLE },
  { offset: 0, bytes: ascii('OggS'), what: 'an audio or video file', advice: NOT_AN_ARTICLE },
];

const OLE_COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The refusal for content that is not text, naming what it looks like where we can tell. */
export function binaryFileError(fileName: string, bytes: Uint8Array): ImportError {
  if (hasBytesAt(bytes, 0, OLE_COMPOUND_FILE)) {
    return new ImportError(
      'unsupported',
      `"${fileName}" is an old-style Office file (.doc) or a password-protected Word file. ` +
        'Open it in Word, remove any password, save it as .docx, and import that.',
    );
  }
  const known = signatures.find((s) => hasBytesAt(bytes, s.offset, s.bytes));
  if (known) {
    return new ImportError(
      'binary',
      `"${fileName}" is ${known.what}, not an article. ${known.advice}`,
    );
  }
  return new ImportError(
    'binary',
    `"${fileName}" does not contain text Factdesk can read: it looks like binary data. ` +
      'Import a text, Markdown, saved web page (.html), Word (.docx) or PDF file.',
  );
}

export function hasBytesAt(
  bytes: Uint8Array,
  offset: number,
  expected: readonly number[],
): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((value, index) => bytes[offset + index] === value);
}
