import { countOf } from '../../../src-main/core/text/countOf';
import { useState } from 'react';
import { call } from '../api/client';
import { acceptedImportTypes } from '../../../src-main/core/fileFormats';
import { readFileAsBase64 } from '../ui/readFileAsBase64';
import { Panel } from '../ui/Panel';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { loadVersion } from '../workbench/articleActions';
import { useOpenArticle } from '../workbench/workbenchQueries';

interface Counts {
  kept: number;
  moved: number;
  changed: number;
  orphaned: number;
}

/**
 * The outlet published a corrected text: every claim is re-anchored, and any claim that cannot
 * be placed with confidence goes to "Needs review" instead of landing on a lookalike.
 */
export function LoadVersionPanel({ onClose }: { onClose(): void }) {
  const article = useOpenArticle();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [counts, setCounts] = useState<Counts | null>(null);
  if (!article) return null;

  const chooseFile = async (file: File) => {
    setError(null);
    try {
      const preview = await call('articles.preview', {
        fileName: file.name,
        dataBase64: await readFileAsBase64(file),
      });
      setText(preview.text);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      setCounts(await loadVersion(article.id, text));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel
      title="Load new version"
      onClose={onClose}
      className="load-version-panel"
      footer={
        counts ? (
          <button type="button" className="primary" onClick={onClose}>
            Done
          </button>
        ) : (
          <>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy || text.trim() === ''}
              onClick={() => void load()}
            >
              {busy ? 'Re-anchoring…' : 'Load and re-anchor claims'}
            </button>
          </>
        )
      }
    >
      {counts ? (
        <div role="status" className="reanchor-result">
          <p>
            Version {article.version} loaded. Of{' '}
            {countOf(counts.kept + counts.moved + counts.changed + counts.orphaned, 'claim')}:
          </p>
          <ul>
            <li>{counts.kept} kept on their text</li>
            <li>{counts.moved} moved with their text</li>
            <li>{counts.changed} whose own words changed</li>
            <li>{counts.orphaned} that could not be found</li>
          </ul>
          {counts.moved + counts.changed + counts.orphaned > 0 && (
            <p>
              Those that changed or could not be found, and moved ones whose surroundings changed,
              are listed under “Needs review”. Verdicts on moved or changed claims stay, flagged
              until you confirm them.
            </p>
          )}
        </div>
      ) : (
        <>
          <p>
            Paste the corrected text of “{article.title}”, or choose its file. Factdesk keeps the
            current text as version {article.version}.
          </p>
          <label>
            New text
            <textarea rows={14} value={text} onChange={(event) => setText(event.target.value)} />
          </label>
          <label>
            Or choose a file
            <input
              type="file"
              accept={acceptedImportTypes}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void chooseFile(file);
              }}
            />
          </label>
        </>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </Panel>
  );
}
