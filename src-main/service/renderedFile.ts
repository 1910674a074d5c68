import mime from 'mime-types';

/** A rendered report or debrief as the contract carries it: text as UTF-8, bytes as base64. */
export interface RenderedFile<F extends string> {
  format: F;
  fileName: string;
  mime: string;
  encoding: 'utf8' | 'base64';
  content: string;
}

/** The MIME type of a file name, from its extension (mime-types); octet-stream when unknown. */
export function mimeOf(fileName: string): string {
  return mime.lookup(fileName) || 'application/octet-stream';
}

/** Wraps rendered content for the contract, naming its MIME type from the file name. */
export function renderedFile<F extends string>(
  format: F,
  fileName: string,
  content: string | Uint8Array,
): RenderedFile<F> {
  return typeof content === 'string'
    ? { format, fileName, mime: mimeOf(fileName), encoding: 'utf8', content }
    : {
        format,
        fileName,
        mime: mimeOf(fileName),
        encoding: 'base64',
        content: Buffer.from(content).toString('base64'),
      };
}
