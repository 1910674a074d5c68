import { claimantKindNames, statusNames } from './describeClaim';
import type { Report, ReportClaim } from './Report';

const COLUMNS = [
  'Number',
  'Quote',
  'Claimant',
  'Claim date',
  'Appearance',
  'Verdict',
  'Conclusion',
  'Sources',
  'Status',
  'Checker',
  'Checked at',
  'Marked at',
  'Last changed',
  'Claim as reviewed',
  'Claimant kind',
] as const;

/**
 * One row per claim, RFC 4180: CRLF line ends, every field quoted when it holds a comma, quote,
 * CR or LF, and quotes doubled. The file starts with a UTF-8 byte-order mark, which is how
 * Excel knows the file is UTF-8 rather than the local code page.
 *
 * Spreadsheets run a cell that starts with = + - @ (or tab or CR, which they skip first) as a
 * formula, and a formula can exfiltrate data or launch programs (CSV injection). Such cells get
 * a leading apostrophe: the spreadsheet shows the text as written, and a reader of the raw CSV
 * sees why it is there. A plain number such as -0.25 (a κ or α in a debrief) is a number to
 * every spreadsheet, not a formula, so it is written as it is.
 *
 * The status column never contradicts the verdict: a rated claim whose status was left at
 * "Unchecked" reads "Done". The checker column is empty when no checker was named.
 */
export function renderReportCsv(report: Report): string {
  const rows = [
    COLUMNS.map(csvField),
    ...report.claims.map((claim) => claimRow(claim).map(csvField)),
  ];
  return `\ufeff${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}

function claimRow(claim: ReportClaim): string[] {
  return [
    String(claim.number),
    claim.quote,
    claim.claimant,
    claim.claimDate,
    claim.appearanceUrl,
    claim.rating.label,
    claim.verdict?.conclusion ?? '',
    claim.sources
      .map((source) => source.url.trim())
      .filter((url) => url !== '')
      .join(' '),
    statusNames[statusOf(claim)],
    claim.verdict?.checkedBy ?? '',
    claim.verdict?.checkedAt ?? '',
    claim.createdAt,
    claim.updatedAt,
    claim.reviewedAs,
    claimantKindNames[claim.claimantKind],
  ];
}

/** What the status column says: a rated claim is never "Unchecked". */
function statusOf(claim: ReportClaim): ReportClaim['status'] {
  return claim.rating.key !== null && claim.status === 'unchecked' ? 'done' : claim.status;
}

const formulaStart = /^[=+\-@\t\r]/;
/** A negative decimal number and nothing else: spreadsheets read it as a number. */
const negativeNumber = /^-(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const needsQuotes = /[",\r\n]/;

/** Neutralises formula triggers, then quotes as RFC 4180 requires. */
export function csvField(value: string): string {
  const safe = formulaStart.test(value) && !negativeNumber.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
