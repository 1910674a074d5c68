import type { ImportCoverage } from './ImportCoverage';

/** Share of the body text that may be left out before the import warns. */
export const MAX_QUIET_LEFT_OUT_SHARE = 0.02;
/** A whole paragraph at least this long (UTF-16 code units) is never left out quietly. */
export const MIN_WARNED_PARAGRAPH = 40;

/**
 * The plain-language warnings a coverage report calls for: more than 2% of the body text left
 * out, or any whole paragraph of 40 characters or more. Empty when neither holds.
 */
export function coverageWarnings(coverage: ImportCoverage): string[] {
  const leftOutChars = coverage.sourceChars - coverage.importedChars;
  if (leftOutChars <= 0) return [];
  const share = coverage.sourceChars === 0 ? 0 : leftOutChars / coverage.sourceChars;
  const long = coverage.leftOut.filter((passage) => passage.text.length >= MIN_WARNED_PARAGRAPH);
  if (share <= MAX_QUIET_LEFT_OUT_SHARE && long.length === 0) return [];

  const count = coverage.leftOut.length + coverage.unlisted;
  const percent = share * 100;
  const shown = percent < 1 ? '<1' : percent.toFixed(percent < 10 ? 1 : 0);
  const first = long[0] ?? coverage.leftOut[0];
  return [
    `${leftOutChars.toLocaleString('en')} characters (${shown}% of the body text) in ` +
      `${count} passage${count === 1 ? '' : 's'} were left out` +
      (first ? `, for example “${excerpt(first.text)}” (${first.reason})` : '') +
      '. Check the list of left-out passages and put back what belongs to the article.',
  ];
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= 80 ? line : `${line.slice(0, 79).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/**
 * `warnings` without the ones coverageWarnings gave for `coverage`, so that a view can show the
 * coverage warnings of the coverage as it is now (after passages were put back) instead.
 */
export function withoutCoverageWarnings(
  warnings: readonly string[],
  coverage: ImportCoverage,
): string[] {
  const own = new Set(coverageWarnings(coverage));
  return warnings.filter((warning) => !own.has(warning));
}
