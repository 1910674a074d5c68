/**
 * The import limits, by the names the importers use; the numbers live in core/limits.ts so that
 * the contract, the renderer and docs/importing.md quote the same ones.
 */
import { limits } from '../core/limits';

export { describeBytes } from '../core/limits';

/** Largest file accepted, in bytes (20 MiB). */
export const MAX_IMPORT_BYTES = limits.importBytes;
/** Longest imported text, in UTF-16 code units. */
export const MAX_IMPORT_CHARS = limits.articleChars;
export const MAX_ZIP_ENTRIES = limits.zipEntries;
export const MAX_ZIP_UNCOMPRESSED_BYTES = limits.zipUncompressedBytes;
export const MAX_ZIP_COMPRESSION_RATIO = limits.zipCompressionRatio;
export const ZIP_RATIO_GRACE_BYTES = limits.zipRatioGraceBytes;
export const MAX_PDF_PAGES = limits.pdfPages;
export const MAX_DOCX_XML_BYTES = limits.docxXmlBytes;
export const MAX_PDF_INFLATED_BYTES = limits.pdfInflatedBytes;
