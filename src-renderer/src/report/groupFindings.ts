import type { TransparencyFinding } from '../../../src-main/contract/reportMethods';

/** Findings of one kind, under a heading that says what they have in common. */
export interface FindingGroup {
  code: string;
  severity: TransparencyFinding['severity'];
  /** Plain words for the kind, with its count: "12 verdicts without a source". */
  title: string;
  findings: TransparencyFinding[];
}

/** Headings per finding code, singular and plural; codes without one get a generic heading. */
const headings: Record<string, [one: string, many: string]> = {
  'missing-methodology': ['No methodology', 'No methodology'],
  'profile-missing': ['No newsroom profile', 'No newsroom profile'],
  'claim-off-its-words': [
    'claim marked on words that are not its own',
    'claims marked on words that are not their own',
  ],
  'verdict-without-source': ['verdict without a source', 'verdicts without a source'],
  'verdict-on-other-text': ['verdict given on other words', 'verdicts given on other words'],
  'claim-needs-review': ['claim that needs review', 'claims that need review'],
  'claimreview-required': ['ClaimReview field required', 'ClaimReview fields required'],
  'claim-unchecked': ['claim without a verdict', 'claims without a verdict'],
  'source-without-archive': ['source without an archived copy', 'sources without an archived copy'],
  'source-without-access-date': ['source without an access date', 'sources without an access date'],
  'claimreview-recommended': ['ClaimReview field recommended', 'ClaimReview fields recommended'],
};

function titleOf(code: string, severity: FindingGroup['severity'], count: number): string {
  const heading = headings[code];
  if (!heading)
    return `${count} other ${severity === 'error' ? 'error' : 'warning'}${count === 1 ? '' : 's'}`;
  const [one, many] = heading;
  // Headings that are a whole sentence ("No methodology") take no count.
  if (/^[A-Z]/.test(one) && one === many) return one;
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/**
 * The transparency check's findings grouped by kind, so thousands of claims without a verdict
 * read as one line to open rather than a list to scroll: errors first, then warnings, each in
 * the order the check found them (which follows the claims' order in the text), findings in a
 * group in that order too.
 */
export function groupFindings(findings: readonly TransparencyFinding[]): FindingGroup[] {
  const groups = new Map<string, TransparencyFinding[]>();
  for (const finding of findings) {
    const key = `${finding.severity}\n${finding.code}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  const all = [...groups.values()].flatMap((group) => {
    const [first] = group;
    if (!first) return [];
    const { code, severity } = first;
    return [{ code, severity, title: titleOf(code, severity, group.length), findings: group }];
  });
  return [
    ...all.filter((group) => group.severity === 'error'),
    ...all.filter((group) => group.severity !== 'error'),
  ];
}
