import { csvField } from '../report/renderReportCsv';
import type { Debrief } from './Debrief';

const TRAINEE_COLUMNS = [
  'Trainee',
  'Strict precision',
  'Strict recall',
  'Strict F1',
  'Lenient precision',
  'Lenient recall',
  'Lenient F1',
  'Correct',
  'Partial',
  'Missed',
  'Spurious',
  'Verdict accuracy',
  'Off-by-one rate',
  'Kappa',
  'Kappa note',
  'Source coverage',
  'Disallowed cited',
  'Seconds taken',
  'Time limit (minutes)',
];

const share = (value: number | null): string => (value === null ? '' : value.toFixed(4));

/**
 * Three tables in one file, separated by empty lines: one row per trainee, one row per key
 * claim in text order, then the class's agreement. Fields are quoted and formula-guarded exactly as in the report CSV
 * (RFC 4180, CRLF, UTF-8 byte-order mark). Shares are fractions with four decimals; an empty
 * cell means "not defined", never zero.
 */
export function renderDebriefCsv(debrief: Debrief): string {
  const ratingColumns = debrief.claims[0]?.spread.map((entry) => entry.rating) ?? [];
  const rows: string[][] = [
    TRAINEE_COLUMNS,
    ...debrief.trainees.map((t) => [
      t.name,
      share(t.strict.precision),
      share(t.strict.recall),
      share(t.strict.f1),
      share(t.lenient.precision),
      share(t.lenient.recall),
      share(t.lenient.f1),
      String(t.correct),
      String(t.partial),
      String(t.missed),
      String(t.spurious),
      share(t.verdictAccuracy),
      share(t.offByOneRate),
      t.kappa.value === null ? '' : t.kappa.value.toFixed(4),
      t.kappa.value === null ? t.kappa.reason : '',
      share(t.sourceCoverage),
      String(t.disallowedCited),
      String(Math.round(t.secondsTaken)),
      t.timeLimitMinutes === null ? '' : String(t.timeLimitMinutes),
    ]),
    [],
    [
      'Claim',
      'Quote',
      'Key verdict',
      'Detection rate',
      'Found by',
      'Agreement with key',
      ...ratingColumns.map((rating) => `Verdicts: ${rating.label}`),
      'Reasoning',
      'Accepted sources',
    ],
    ...debrief.claims.map((claim) => [
      String(claim.number),
      claim.exact,
      claim.rating.label,
      share(claim.detectionRate),
      String(claim.foundBy),
      share(claim.agreement),
      ...claim.spread.map((entry) => String(entry.count)),
      claim.reasoning,
      claim.sources.map((source) => `${source.url} (tier ${source.tier})`).join(' '),
    ]),
    [],
    ['Class agreement', 'Value', 'Note'],
    [
      'Krippendorff alpha (ordinal)',
      debrief.alpha.value === null ? '' : debrief.alpha.value.toFixed(4),
      debrief.alpha.value === null ? debrief.alpha.reason : '',
    ],
  ];
  return `\ufeff${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
