import { inflateSync } from 'node:zlib';
import { ImportError } from './ImportError';
import { MAX_PDF_INFLATED_BYTES, describeBytes } from './limits';

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
/** How far before `stream` the stream's dictionary is looked for. */
const DICTIONARY_WINDOW = 4096;
/** Filters applied in a row that are inflated here; more is itself a sign of a bomb. */
const MAX_FLATE_LAYERS = 3;

function inflateCapped(data: Buffer, cap: number): Buffer | 'too_large' | null {
  try {
    return inflateSync(data, { maxOutputLength: Math.max(1, cap), finishFlush: 2 });
  } catch (error) {
    if (error instanceof RangeError) return 'too_large';
    return null; // damaged or encrypted: pdf.js decides what to make of it
  }
}

/**
 * The dictionary text in front of a stream keyword (from its object header on), looked for no
 * further back than the previous stream's end, so the windows never overlap.
 */
function dictionaryBefore(bytes: Buffer, streamAt: number, notBefore: number): string {
  const from = Math.max(notBefore, streamAt - DICTIONARY_WINDOW);
  const window = bytes.subarray(from, streamAt).toString('latin1');
  const objectStart = window.lastIndexOf(' obj');
  return objectStart < 0 ? window : window.slice(objectStart);
}

/**
 * Inflates every Flate-compressed stream pdf.js would decode for text (all but images) into a
 * counter, before pdf.js sees the file, and refuses a PDF whose streams would unpack to more
 * than MAX_PDF_INFLATED_BYTES in all: a Flate bomb took pdf.js 32 s and 587 MB. Linear in the
 * file: `stream`/`endstream` are found with Buffer.indexOf.
 */
export function checkPdfStreams(fileName: string, bytes: Uint8Array): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let inflated = 0;
  let previousEnd = 0;
  let at = buffer.indexOf(STREAM);
  while (at >= 0) {
    const isKeyword = !buffer.subarray(Math.max(0, at - 3), at).equals(Buffer.from('end'));
    let dataStart = at + STREAM.length;
    if (buffer[dataStart] === 0x0d) dataStart++;
    if (buffer[dataStart] === 0x0a) dataStart++;
    const end = buffer.indexOf(END_STREAM, dataStart);
    if (end < 0) return;
    if (isKeyword) {
      const dictionary = dictionaryBefore(buffer, at, previousEnd);
      const layers = (dictionary.match(/\/(FlateDecode|Fl)\b/g) ?? []).length;
      if (layers > 0 && !/\/Subtype\s*\/Image\b/.test(dictionary)) {
        let data: Buffer = buffer.subarray(dataStart, end);
        let unpacked = 0;
        for (let layer = 0; layer < Math.min(layers, MAX_FLATE_LAYERS); layer++) {
          const out = inflateCapped(data, MAX_PDF_INFLATED_BYTES - inflated);
          if (out === 'too_large') throw flateBomb(fileName);
          if (out === null) break;
          data = out;
          unpacked = out.length;
        }
        inflated += unpacked;
        if (inflated > MAX_PDF_INFLATED_BYTES) throw flateBomb(fileName);
      }
    }
    previousEnd = end + END_STREAM.length;
    at = buffer.indexOf(STREAM, previousEnd);
  }
}

function flateBomb(fileName: string): ImportError {
  return new ImportError(
    'zip_bomb',
    `"${fileName}" was refused for safety: its compressed parts would unpack to more than ` +
      `${describeBytes(MAX_PDF_INFLATED_BYTES)}, which a real article never does. ` +
      'If you trust the file, print it to a new PDF and import that.',
  );
}
