/**
 * Import limits. They are exported so that a caller can refuse a file by its size on disk
 * before reading it, and so that docs/importing.md and the messages quote the same numbers.
 */

/** Largest file accepted, in bytes (20 MiB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Longest imported text, in UTF-16 code units (what JS strings and Monaco count). */
export const MAX_IMPORT_CHARS = 5_000_000;

/** A Word file has a few dozen parts; thousands of entries only serve to exhaust us. */
export const MAX_ZIP_ENTRIES = 2_000;

/** Total inflated size of all parts of a Word file, declared or actually produced. */
export const MAX_ZIP_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

/**
 * Inflated-to-compressed ratio above which an entry counts as a bomb. Word XML compresses
 * about 5–30 times; runs of zeros compress about 1,000 times. Apache POI uses the same 100.
 */
export const MAX_ZIP_COMPRESSION_RATIO = 100;

/** Entries smaller than this are not ratio-checked: tiny parts can compress absurdly well. */
export const ZIP_RATIO_GRACE_BYTES = 1024 * 1024;

/** A PDF's page count is cheap to fake and each page costs parsing time. */
export const MAX_PDF_PAGES = 5_000;

export function describeBytes(bytes: number): string {
  const mebibytes = bytes / (1024 * 1024);
  return mebibytes >= 1 ? `${mebibytes.toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
