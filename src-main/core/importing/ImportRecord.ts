import { z } from 'zod';
import type { EncodingReport, ImportCoverage } from './ImportCoverage';

/** Most left-out passages an import record keeps; the rest are only counted. */
export const MAX_RECORDED_LEFT_OUT = 20;
/** Longest excerpt of a left-out passage an import record keeps (UTF-16 code units). */
export const RECORDED_EXCERPT_CHARS = 200;

/**
 * What an article's import said about the file, kept with the article (in the audit row of
 * its creation) so that it can be read later: the file, how its bytes were decoded, and what
 * was left out. Small on purpose: excerpts, not whole passages. Characters are UTF-16 code
 * units as in ImportCoverage, counted after the checker put back what they chose to.
 */
export const ImportRecord = z
  .object({
    fileName: z.string().max(500),
    /** The format the content was read as (fileFormats' import formats). */
    format: z.string().max(20),
    encoding: z
      .object({
        name: z.string().max(40),
        source: z.string().max(20),
        confident: z.boolean(),
      })
      .strict()
      .optional(),
    importedChars: z.number().int().nonnegative(),
    sourceChars: z.number().int().nonnegative(),
    /** Every left-out passage, listed or not. */
    leftOutPassages: z.number().int().nonnegative(),
    leftOut: z
      .array(
        z
          .object({
            excerpt: z.string().max(RECORDED_EXCERPT_CHARS + 1),
            reason: z.string().max(300),
            chars: z.number().int().nonnegative(),
          })
          .strict(),
      )
      .max(MAX_RECORDED_LEFT_OUT),
  })
  .strict();
export type ImportRecord = z.infer<typeof ImportRecord>;

/** The record of an import from its final coverage (after any put-back) and encoding report. */
export function importRecordOf(
  fileName: string,
  format: string,
  coverage: ImportCoverage,
  encoding?: EncodingReport,
): ImportRecord {
  return {
    fileName: fileName.slice(0, 500),
    format,
    ...(encoding && {
      encoding: { name: encoding.name, source: encoding.source, confident: encoding.confident },
    }),
    importedChars: coverage.importedChars,
    sourceChars: coverage.sourceChars,
    leftOutPassages: coverage.leftOut.length + coverage.unlisted,
    leftOut: coverage.leftOut.slice(0, MAX_RECORDED_LEFT_OUT).map((passage) => ({
      excerpt:
        passage.text.length > RECORDED_EXCERPT_CHARS
          ? `${passage.text.slice(0, RECORDED_EXCERPT_CHARS).replace(/[\uD800-\uDBFF]$/, '')}…`
          : passage.text,
      reason: passage.reason,
      chars: passage.text.length,
    })),
  };
}
