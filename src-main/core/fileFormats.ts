/**
 * File formats in one table each: what can be imported (the importer's sniffing and warnings,
 * the file pickers' accepted types) and what a report can be exported as (file extensions; the
 * MIME type follows from the extension). A new format is a new row; every Record over these
 * unions then asks for it.
 */

export const importFormats = ['text', 'markdown', 'html', 'docx', 'pdf'] as const;
export type ImportFormat = (typeof importFormats)[number];

export interface ImportFormatInfo {
  /** How the import preview names it. */
  label: string;
  /** How a sentence names it: "the content is a Word document". */
  inSentence: string;
  /** File name extensions, lower case, without the dot; the first is the usual one. */
  extensions: readonly string[];
}

export const importFormatInfo: Record<ImportFormat, ImportFormatInfo> = {
  text: { label: 'Plain text', inSentence: 'plain text', extensions: ['txt', 'text'] },
  markdown: {
    label: 'Markdown',
    inSentence: 'Markdown',
    extensions: ['md', 'markdown', 'mdown', 'mkd', 'mkdn'],
  },
  html: {
    label: 'Saved web page',
    inSentence: 'a web page (HTML)',
    extensions: ['html', 'htm', 'xhtml', 'shtml'],
  },
  docx: { label: 'Word document', inSentence: 'a Word document', extensions: ['docx'] },
  pdf: { label: 'PDF', inSentence: 'a PDF', extensions: ['pdf'] },
};

/** The lower-case extension of a file name without the dot, or "" when it has none. */
export function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return match?.[1]?.toLowerCase() ?? '';
}

/** The import format a file's name claims, or undefined for an extension no importer knows. */
export function importFormatNamed(fileName: string): ImportFormat | undefined {
  const extension = extensionOf(fileName);
  return importFormats.find((format) => importFormatInfo[format].extensions.includes(extension));
}

/** Every importable extension, for a file input's `accept`: ".txt,.text,.md,…". */
export const acceptedImportTypes = importFormats
  .flatMap((format) => importFormatInfo[format].extensions.map((extension) => `.${extension}`))
  .join(',');

export const reportFormats = ['html', 'pdf', 'md', 'claimreview', 'w3c', 'csv', 'bundle'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** The file extension each report format is saved under (the MIME type follows from it). */
export const reportExtensions: Record<ReportFormat, string> = {
  html: 'html',
  pdf: 'pdf',
  md: 'md',
  claimreview: 'claimreview.jsonld',
  w3c: 'annotations.jsonld',
  csv: 'csv',
  bundle: 'zip',
};
