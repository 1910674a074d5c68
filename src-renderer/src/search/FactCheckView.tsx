import { useEffect, useState } from 'react';
import type { FactCheck } from '../../../src-main/core/factchecks/FactCheck';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { call } from '../api/client';
import { openWebUrl } from '../claims/openWebUrl';
import { Panel } from '../ui/Panel';
import './search.css';

/** An imported fact check, read-only, with a link to the published review. */
export function FactCheckView({ id, onClose }: { id: number; onClose(): void }) {
  const [check, setCheck] = useState<FactCheck | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    call('factchecks.get', { id }).then(
      (found) => current && setCheck(found),
      (error: unknown) => current && setFailure(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [id]);

  const rows: [string, string][] = check
    ? [
        ['Rating', check.textualRating],
        ['Reviewed by', check.reviewer],
        ['Review date', check.reviewDate],
        ['Claimant', check.claimant],
        ['Claim date', check.claimDate],
        ['Language', check.language],
        ['Headline', check.title],
      ]
    : [];
  return (
    <Panel title="Imported fact check" onClose={onClose} className="factcheck-view">
      {failure && (
        <p className="hint error" role="alert">
          {failure}
        </p>
      )}
      {check && (
        <>
          <blockquote className="factcheck-claim">
            {check.claimText || 'No claim text given.'}
          </blockquote>
          <dl className="factcheck-fields">
            {rows
              .filter(([, value]) => value !== '')
              .map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
          <p>
            <a
              href={check.reviewUrl}
              target="_blank"
              rel="noopener noreferrer"
              onClick={(event) => {
                event.preventDefault();
                openWebUrl(check.reviewUrl);
              }}
            >
              Open the published review
            </a>{' '}
            <span className="hint">{check.reviewUrl}</span>
          </p>
          <p className="hint">
            Imported {check.importedAt.slice(0, 10)}; read-only. Importing the same review again
            replaces it.
          </p>
        </>
      )}
    </Panel>
  );
}
