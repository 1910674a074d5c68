import { useState } from 'react';
import type { FactCheckImportResult } from '../../../src-main/core/factchecks/FactCheck';
import { limits } from '../../../src-main/core/limits';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { Panel } from '../ui/Panel';
import { readFileAsBase64 } from '../ui/readFileAsBase64';
import { uiActions } from '../workbench/uiStore';
import { importFactChecks } from './searchActions';
import './search.css';

type State =
  | { kind: 'choosing' }
  | { kind: 'importing'; fileName: string }
  | { kind: 'done'; fileName: string; result: FactCheckImportResult }
  | { kind: 'failed'; message: string };

/**
 * Imports a fact-check feed (ClaimReview JSON-LD, a DataFeed of them, or Fact Check Tools API
 * JSON): the reviews become read-only fact checks that search and "Checked before?" find.
 * The result says how many were new, how many replaced an earlier copy, and which items were
 * skipped and why.
 */
export function FactCheckImportPanel() {
  const [state, setState] = useState<State>({ kind: 'choosing' });

  const importFile = async (file: File) => {
    if (file.size > limits.factCheckFeedBytes) {
      setState({
        kind: 'failed',
        message: `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; feeds of up to ${limits.factCheckFeedBytes / 1e6} MB can be imported. Split it and import the parts.`,
      });
      return;
    }
    setState({ kind: 'importing', fileName: file.name });
    try {
      const result = await importFactChecks(file.name, await readFileAsBase64(file));
      setState({ kind: 'done', fileName: file.name, result });
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) });
    }
  };

  return (
    <Panel title="Import fact checks" onClose={uiActions.closeCentre} className="factcheck-import">
      <p>
        A feed of published fact checks: ClaimReview JSON-LD (a review, a list, a{' '}
        <code>@graph</code>, or a saved review page), a schema.org DataFeed of ClaimReviews, or the
        JSON of Google’s Fact Check Tools API. Another desk’s ClaimReview export from Factdesk works
        too.
      </p>
      <label className="file-choice">
        Feed file
        <input
          type="file"
          accept=".json,.jsonld,.html,.htm,application/json,application/ld+json,text/html"
          data-testid="factcheck-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {state.kind === 'importing' && <p className="hint">Importing {state.fileName}…</p>}
      {state.kind === 'failed' && (
        <p className="hint error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <div role="status" className="factcheck-import-result">
          <p>
            {state.fileName}: <strong>{state.result.imported}</strong> new,{' '}
            <strong>{state.result.updated}</strong> updated,{' '}
            <strong>{state.result.skipped.length}</strong> skipped.
          </p>
          {state.result.warnings.map((warning) => (
            <p key={warning} className="hint">
              {warning}
            </p>
          ))}
          {state.result.skipped.length > 0 && (
            <details open={state.result.skipped.length <= 10}>
              <summary>Skipped items</summary>
              <ul>
                {state.result.skipped.slice(0, 200).map((item) => (
                  <li key={item.index}>
                    Item {item.index + 1}: {item.reason}
                  </li>
                ))}
              </ul>
              {state.result.skipped.length > 200 && (
                <p className="hint">… and {state.result.skipped.length - 200} more.</p>
              )}
            </details>
          )}
        </div>
      )}
    </Panel>
  );
}
