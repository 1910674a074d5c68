export { importArticle, assertImportSize } from './importArticle';
export { ImportError, importErrorCodes, isImportError } from './ImportError';
export type { ImportErrorCode } from './ImportError';
export { importFormats } from './ImportResult';
export type { ImportFormat, ImportOptions, ImportResult } from './ImportResult';
export { sniffFormat } from './sniffFormat';
export {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CHARS,
  MAX_PDF_PAGES,
  MAX_ZIP_COMPRESSION_RATIO,
  MAX_ZIP_ENTRIES,
  MAX_ZIP_UNCOMPRESSED_BYTES,
} from './limits';
