import type { EncodingReport, ImportCoverage } from '../core/importing/ImportCoverage';
import type { ImportFormat } from '../core/fileFormats';
import type { ArticleMeta } from '../core/model';

export { importFormats } from '../core/fileFormats';
export type { ImportFormat } from '../core/fileFormats';

export interface ImportResult {
  format: ImportFormat;
  /** Normalised with normaliseText: no BOM, LF line ends. */
  text: string;
  /** Only the fields the file actually told us; the caller fills the rest. */
  meta: Partial<ArticleMeta>;
  /** Plain-language notes about anything guessed or dropped, for the person importing. */
  warnings: string[];
  /** What of the source's visible body text reached `text`, and what was left out where. */
  coverage: ImportCoverage;
  /** How the bytes were decoded; only for formats read as text (text, Markdown, HTML). */
  encoding?: EncodingReport;
}

/** Options the person importing can give. */
export interface ImportOptions {
  /** Character set to decode text with, overriding detection (iconv-lite names). */
  encoding?: string;
  /** BCP 47 language of the article; a hint for detecting legacy character sets. */
  language?: string;
  /** Date.now() value by which the import must be done; slow formats refuse early. */
  deadline?: number;
}
