import { useState } from 'react';
import type { TransparencyFinding } from '../../../src-main/contract/reportMethods';
import { withoutCommandHints } from '../../../src-main/core/report/withoutCommandHints';
import { uiActions } from '../workbench/uiStore';
import type { FindingGroup } from './groupFindings';
import { groupFindings } from './groupFindings';
import { VerdictFindingActions } from './VerdictFindingActions';

/** A kind's first findings shown before "Show all": enough to see what it is about. */
const SHOWN_AT_FIRST = 10;

interface TransparencyFindingsProps {
  findings: readonly TransparencyFinding[];
  /** A verdict was confirmed or its claim reopened: the check is run again. */
  onChanged(): void;
  /** The checker went to a finding's claim. */
  onFix(): void;
}

/** The check's findings, one group per kind (see groupFindings), each opened on its first few. */
export function TransparencyFindings({ findings, onChanged, onFix }: TransparencyFindingsProps) {
  return (
    <div className="finding-groups">
      {groupFindings(findings).map((group) => (
        <FindingGroupView
          key={`${group.severity}-${group.code}`}
          group={group}
          onChanged={onChanged}
          onFix={onFix}
        />
      ))}
    </div>
  );
}

function FindingGroupView({
  group,
  onChanged,
  onFix,
}: { group: FindingGroup } & Omit<TransparencyFindingsProps, 'findings'>) {
  const [all, setAll] = useState(false);
  const shown = all ? group.findings : group.findings.slice(0, SHOWN_AT_FIRST);
  const hidden = group.findings.length - shown.length;
  return (
    <details className={`finding-group ${group.severity}`} open>
      <summary>
        <span className="finding-severity">
          {group.severity === 'error' ? 'Error' : 'Warning'}:
        </span>{' '}
        {group.title}
      </summary>
      <ul className="findings">
        {shown.map((finding, index) => (
          <li key={`${finding.code}-${finding.claimId ?? index}`} className={finding.severity}>
            <span>
              <FindingText message={withoutCommandHints(finding.message)} />
            </span>
            {finding.claimId !== undefined && finding.code === 'verdict-on-other-text' && (
              <VerdictFindingActions claimId={finding.claimId} onDone={onChanged} />
            )}
            {finding.claimId !== undefined && (
              <button
                type="button"
                className="quiet"
                onClick={() => {
                  uiActions.selectClaim(finding.claimId ?? null);
                  onFix();
                }}
              >
                Fix
              </button>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Show all {group.findings.length.toLocaleString('en')}
        </button>
      )}
    </details>
  );
}

/** A finding's message; the ClaimReview field names it puts in backticks read as code. */
function FindingText({ message }: { message: string }) {
  return message
    .split('`')
    .map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}
