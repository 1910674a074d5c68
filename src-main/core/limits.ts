/**
 * Every size limit in one table, so the contract, the importers, the renderer's early checks
 * and the messages and docs quote the same numbers. Field lengths are declared with each
 * entity's fields in model.ts.
 */
export const limits = {
  /** Largest article file imported, in bytes (20 MiB). */
  importBytes: 20 * 1024 * 1024,
  /** Longest article text, in UTF-16 code units (what JS strings and Monaco count). */
  articleChars: 5_000_000,
  /** Largest file sent through the API, such as a source's archived copy, in bytes (30 MiB). */
  uploadBytes: 30 * 1024 * 1024,
  /** Largest W3C Web Annotations or Hypothesis export imported, in UTF-16 code units. */
  annotationsChars: 50_000_000,
  /** Most claims one text save may carry. */
  claimsPerSave: 100_000,
  /** A Word file has a few dozen parts; thousands of entries only serve to exhaust us. */
  zipEntries: 2_000,
  /** Total inflated size of all parts of a Word file, declared or actually produced, in bytes. */
  zipUncompressedBytes: 100 * 1024 * 1024,
  /**
   * Inflated-to-compressed ratio above which an entry counts as a bomb. Word XML compresses
   * about 5–30 times; runs of zeros compress about 1,000 times. Apache POI uses the same 100.
   */
  zipCompressionRatio: 100,
  /** Entries smaller than this (bytes) are not ratio-checked: tiny parts compress absurdly well. */
  zipRatioGraceBytes: 1024 * 1024,
  /**
   * Largest amount of XML read from a Word file's text parts, inflated, in bytes. Parsing XML
   * into a DOM takes many times its size in memory; a long report has a few MB of it, and 95 MB
   * took the previous reader 35 s and 2.75 GB.
   */
  docxXmlBytes: 12 * 1024 * 1024,
  /**
   * Largest report bundle (.zip), in bytes (200 MiB): it crosses the API as base64 in one
   * string, and a JavaScript string holds at most about 512 million characters.
   */
  bundleBytes: 200 * 1024 * 1024,
  /** Largest newsroom logo, in bytes (1 MiB): it is inlined into every HTML report. */
  logoBytes: 1024 * 1024,
  /** A PDF's page count is cheap to fake and each page costs parsing time. */
  pdfPages: 5_000,
  /** All Flate streams of a PDF that pdf.js decodes for text, inflated together, in bytes. */
  pdfInflatedBytes: 100 * 1024 * 1024,
  /** Largest fact-check feed file, in bytes (50 MB): a year of a large aggregator's feed. */
  factCheckFeedBytes: 50_000_000,
  /** Most review items in one feed file; a larger feed is refused whole, to be split. */
  factCheckItems: 200_000,
  /** How deep a feed's JSON is searched for reviews; real feeds nest four or five levels. */
  factCheckFeedDepth: 32,
} as const;

/** Characters of base64 that carry `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** A size for people: "20.0 MB" or "12 KB" (binary units, as file managers show them). */
export function describeBytes(bytes: number): string {
  const mebibytes = bytes / (1024 * 1024);
  return mebibytes >= 1 ? `${mebibytes.toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
