import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { ImportError } from './ImportError';
import {
  MAX_ZIP_COMPRESSION_RATIO,
  MAX_ZIP_ENTRIES,
  MAX_ZIP_UNCOMPRESSED_BYTES,
  ZIP_RATIO_GRACE_BYTES,
  describeBytes,
} from './limits';
import { errorMessage } from '../core/errorMessage';

const NESTED_ARCHIVE =
  /\.(zip|docx|docm|dotx|dotm|xlsx|xlsm|pptx|pptm|odt|ods|odp|epub|jar|war|ear|apk|7z|rar|gz|tgz|tar|bz2|xz|cab)$/i;

/** Sees an entry's inflated bytes as they stream by (to measure it without keeping it). */
export type EntryScanner = (entryName: string) => ((chunk: Buffer) => void) | undefined;

export interface ZipInspection {
  entryNames: Set<string>;
  /** Contents of the entries that `keep` asked for (bounded by the inflated-total limit). */
  kept: Map<string, Buffer>;
}

/**
 * Walks a zip archive and inflates every entry into a counter, refusing it as a bomb before it
 * can cost real memory or time: too many entries, too large a declared or *actual* inflated
 * total, an implausible compression ratio, or an archive inside the archive. Declared sizes
 * are checked first because they are free, but they can lie, so the inflated bytes are counted
 * too. Nothing is kept except the entries `keep` names.
 */
export async function inspectZip(
  fileName: string,
  bytes: Uint8Array,
  keep: (entryName: string) => boolean = () => false,
  scan: EntryScanner = () => undefined,
): Promise<ZipInspection> {
  const zip = await openZip(fileName, bytes);
  try {
    if (zip.entryCount > MAX_ZIP_ENTRIES) throw tooManyEntries(fileName, zip.entryCount);
    return await walkEntries(fileName, zip, keep, scan);
  } finally {
    zip.close();
  }
}

function openZip(fileName: string, bytes: Uint8Array): Promise<ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, validateEntrySizes: true, decodeStrings: true, strictFileNames: false },
      (error, zip) => (error ? reject(corrupt(fileName, error)) : resolve(zip)),
    );
  });
}

function walkEntries(
  fileName: string,
  zip: ZipFile,
  keep: (entryName: string) => boolean,
  scan: EntryScanner,
): Promise<ZipInspection> {
  const inspection: ZipInspection = { entryNames: new Set(), kept: new Map() };
  let declaredTotal = 0;
  let inflatedTotal = 0;
  let settled = false;

  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error instanceof ImportError ? error : corrupt(fileName, error));
    };

    zip.on('error', fail);
    zip.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(inspection);
    });
    zip.on('entry', (entry: Entry) => {
      try {
        if (inspection.entryNames.size >= MAX_ZIP_ENTRIES) throw tooManyEntries(fileName);
        inspection.entryNames.add(entry.fileName);
        declaredTotal += entry.uncompressedSize;
        refuseByDeclaration(fileName, entry, declaredTotal);
      } catch (error) {
        fail(error);
        return;
      }
      if (entry.fileName.endsWith('/')) {
        zip.readEntry();
        return;
      }
      const wanted = keep(entry.fileName);
      const scanner = scan(entry.fileName);
      zip.openReadStream(entry, (error, stream) => {
        if (error) return fail(error);
        const chunks: Buffer[] = [];
        let inflated = 0;
        stream.on('data', (chunk: Buffer) => {
          inflated += chunk.length;
          inflatedTotal += chunk.length;
          const problem = refuseByActualSize(fileName, entry, inflated, inflatedTotal);
          if (problem) {
            destroy(stream);
            fail(problem);
            return;
          }
          if (wanted) chunks.push(chunk);
          scanner?.(chunk);
        });
        stream.on('error', (streamError: Error) => {
          fail(
            /too many bytes/.test(streamError.message)
              ? sizesLie(fileName, entry.fileName)
              : streamError,
          );
        });
        stream.on('end', () => {
          if (settled) return;
          if (wanted) inspection.kept.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}

function refuseByDeclaration(fileName: string, entry: Entry, declaredTotal: number): void {
  if (entry.isEncrypted()) {
    throw new ImportError(
      'encrypted',
      `"${fileName}" is password-protected. Open it in Word, remove the password, save it, and import it again.`,
    );
  }
  if (NESTED_ARCHIVE.test(entry.fileName)) {
    throw new ImportError(
      'zip_bomb',
      `"${fileName}" contains another archive ("${entry.fileName}"), which Factdesk does not open ` +
        'for safety. Embedded spreadsheets and charts do this: save a copy without embedded ' +
        'objects (or copy the text into a new document) and import that.',
    );
  }
  if (declaredTotal > MAX_ZIP_UNCOMPRESSED_BYTES) {
    throw bomb(
      fileName,
      `it would unpack to more than ${describeBytes(MAX_ZIP_UNCOMPRESSED_BYTES)}`,
    );
  }
  if (
    entry.uncompressedSize > ZIP_RATIO_GRACE_BYTES &&
    entry.uncompressedSize / Math.max(entry.compressedSize, 1) > MAX_ZIP_COMPRESSION_RATIO
  ) {
    throw bomb(fileName, `"${entry.fileName}" is compressed implausibly well`);
  }
}

function refuseByActualSize(
  fileName: string,
  entry: Entry,
  inflated: number,
  inflatedTotal: number,
): ImportError | null {
  if (inflatedTotal > MAX_ZIP_UNCOMPRESSED_BYTES) {
    return bomb(fileName, `it unpacks to more than ${describeBytes(MAX_ZIP_UNCOMPRESSED_BYTES)}`);
  }
  if (inflated > entry.uncompressedSize) return sizesLie(fileName, entry.fileName);
  if (
    inflated > ZIP_RATIO_GRACE_BYTES &&
    inflated / Math.max(entry.compressedSize, 1) > MAX_ZIP_COMPRESSION_RATIO
  ) {
    return bomb(fileName, `"${entry.fileName}" is compressed implausibly well`);
  }
  return null;
}

function destroy(stream: Readable): void {
  stream.removeAllListeners('data');
  stream.on('error', () => {});
  stream.destroy();
}

function bomb(fileName: string, reason: string): ImportError {
  return new ImportError(
    'zip_bomb',
    `"${fileName}" was refused for safety: ${reason}, which a real document never does. ` +
      'If you trust the file, open it in Word, save a fresh copy, and import that.',
  );
}

function sizesLie(fileName: string, entryName: string): ImportError {
  return bomb(fileName, `"${entryName}" unpacks to more data than the archive declares`);
}

function tooManyEntries(fileName: string, count?: number): ImportError {
  const found = count === undefined ? 'more than' : `${count} parts; the limit is`;
  return bomb(fileName, `it has ${found} ${MAX_ZIP_ENTRIES} parts`);
}

function corrupt(fileName: string, cause: unknown): ImportError {
  return new ImportError(
    'corrupt',
    `"${fileName}" is damaged: it is not a readable zip package (${describe(cause)}). ` +
      'Open it in Word and save a fresh copy, then import that.',
    { cause },
  );
}

function describe(cause: unknown): string {
  return errorMessage(cause);
}
