import type { ArticleMeta } from '../core/model';

export const importFormats = ['text', 'markdown', 'html', 'docx', 'pdf'] as const;
export type ImportFormat = (typeof importFormats)[number];

export interface ImportResult {
  format: ImportFormat;
  /** Normalised with normaliseText: no BOM, LF line ends. */
  text: string;
  /** Only the fields the file actually told us; the caller fills the rest. */
  meta: Partial<ArticleMeta>;
  /** Plain-language notes about anything guessed or dropped, for the person importing. */
  warnings: string[];
}
