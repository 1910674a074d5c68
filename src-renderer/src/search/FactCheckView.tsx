import { errorMessage } from '../../../src-main/core/errorMessage';
import { useContractQuery } from '../api/contractQuery';
import { openWebUrl } from '../claims/openWebUrl';
import { Panel } from '../ui/Panel';
import { uiActions } from '../workbench/uiStore';
import './search.css';

/** An imported fact check, read-only, with a link to the published review. */
export function FactCheckView({ id }: { id: number }) {
  const read = useContractQuery('factchecks.get', { id });
  const check = read.data ?? null;
  const failure = read.isError ? errorMessage(read.error) : null;

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
    <Panel title="Imported fact check" onClose={uiActions.closeCentre} className="factcheck-view">
      {failure && (
        <p className="hint error" role="alert">
          {failure}
        </p>
      )}
      {check && (
        <>
          <blockquote className="factcheck-claim" dir="auto">
            {check.claimText || 'No claim text given.'}
          </blockquote>
          <dl className="factcheck-fields">
            {rows
              .filter(([, value]) => value !== '')
              .map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd dir="auto">{value}</dd>
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
            <bdi className="hint">{check.reviewUrl}</bdi>
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
