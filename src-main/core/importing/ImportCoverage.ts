import { z } from 'zod';

/** Most left-out passages an import lists one by one; the rest are only counted. */
export const MAX_LISTED_LEFT_OUT = 2_000;

/**
 * A passage of the source's visible body text that is not in the imported text. `at` is the
 * UTF-16 offset in the imported text where it belongs: right after the imported text that
 * precedes it in the source (0 when nothing before it was imported). See putBackPassage.
 */
export const LeftOutPassage = z.object({
  text: z.string().max(5_000_000),
  reason: z.string().max(300),
  at: z.number().int().nonnegative(),
});
export type LeftOutPassage = z.infer<typeof LeftOutPassage>;

/**
 * How much of the source's visible body text the import kept, in UTF-16 code units of the
 * text as written in the source's blocks (paragraphs, cells, notes, PDF text items).
 * `importedChars` counts the source characters that reached the imported text, so it never
 * exceeds `sourceChars`; added separators, note marks and headings are not counted.
 */
export const ImportCoverage = z.object({
  importedChars: z.number().int().nonnegative(),
  sourceChars: z.number().int().nonnegative(),
  leftOut: z.array(LeftOutPassage).max(MAX_LISTED_LEFT_OUT),
  /** Left-out passages beyond MAX_LISTED_LEFT_OUT, counted in the figures but not listed. */
  unlisted: z.number().int().nonnegative(),
});
export type ImportCoverage = z.infer<typeof ImportCoverage>;

export const EncodingCandidate = z.object({
  /** The encoding's usual name, as `--encoding` accepts it (for example ISO-8859-7). */
  name: z.string().max(40),
  /** 0–1: the detector's confidence, adjusted for the language hint and unlikely characters. */
  confidence: z.number().min(0).max(1),
  /** The start of the text decoded this way, for showing candidates side by side. */
  sample: z.string().max(2_000),
});
export type EncodingCandidate = z.infer<typeof EncodingCandidate>;

/**
 * How bytes were turned into text. `source` says what decided: a byte-order mark, the
 * person importing (`chosen`), the page's declaration, valid UTF-8, or the detector. When
 * `confident` is false the text may be wrong and `alternatives` (which decode differently)
 * should be shown to the person importing.
 */
export const EncodingReport = z.object({
  name: z.string().max(40),
  confidence: z.number().min(0).max(1),
  confident: z.boolean(),
  source: z.enum(['bom', 'utf16-pattern', 'chosen', 'declared', 'utf-8', 'detected']),
  alternatives: z.array(EncodingCandidate).max(8),
});
export type EncodingReport = z.infer<typeof EncodingReport>;
