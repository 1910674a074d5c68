import { useState } from 'react';
import { Panel } from '../ui/Panel';
import { errorMessage } from '../ui/errorMessage';
import { ArticleMetaForm } from './ArticleMetaForm';
import type { ImportFlow, ImportPreviewState } from './useImportFlow';

const formatNames: Record<string, string> = {
  text: 'Plain text',
  markdown: 'Markdown',
  html: 'Saved web page',
  docx: 'Word document',
  pdf: 'PDF',
};

export const acceptedFileTypes = '.txt,.md,.markdown,.html,.htm,.docx,.pdf';

interface ImportPreviewPanelProps {
  flow: ImportFlow;
  onChooseFile(): void;
  onImport(preview: ImportPreviewState): Promise<void>;
}

export function ImportPreviewPanel({ flow, onChooseFile, onImport }: ImportPreviewPanelProps) {
  const { state } = flow;
  if (state.step === 'closed') return null;

  if (state.step === 'preview') {
    return <PreviewStep key="preview" preview={state} flow={flow} onImport={onImport} />;
  }

  const chooseAnother = (
    <button
      type="button"
      className={state.step === 'choose' ? 'primary' : undefined}
      onClick={onChooseFile}
    >
      {state.step === 'choose' ? 'Choose a file…' : 'Choose another file…'}
    </button>
  );

  return (
    <Panel key={state.step} title="Open a file" onClose={flow.close} className="import-panel">
      {state.step === 'choose' && (
        <div className="drop-hint">
          <p>Choose an article file, or drop it anywhere on this window.</p>
          <p className="hint-text">
            Text (.txt), Markdown (.md), saved web pages (.html), Word (.docx) and PDF, up to 20 MB.
          </p>
          {chooseAnother}
        </div>
      )}
      {state.step === 'reading' && (
        <p className="reading" role="status">
          Reading “{state.fileName}”…
        </p>
      )}
      {state.step === 'refused' && (
        <>
          <div className="import-error" role="alert">
            <p>
              <strong>“{state.fileName}” could not be imported.</strong>
            </p>
            <p>{state.message}</p>
            <p>Nothing was saved.</p>
          </div>
          {chooseAnother}
        </>
      )}
    </Panel>
  );
}

interface PreviewStepProps {
  preview: ImportPreviewState;
  flow: ImportFlow;
  onImport(preview: ImportPreviewState): Promise<void>;
}

function PreviewStep({ preview, flow, onImport }: PreviewStepProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const empty = preview.text.trim() === '';

  const importNow = async () => {
    setBusy(true);
    setError(null);
    try {
      await onImport(preview);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Panel
      title="Import preview"
      onClose={flow.close}
      className="import-panel"
      footer={
        <>
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
          <button type="button" onClick={flow.close}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || empty}
            onClick={() => void importNow()}
          >
            Import
          </button>
        </>
      }
    >
      <p className="file-summary">
        <strong>{preview.fileName}</strong> · {formatNames[preview.format] ?? preview.format} ·{' '}
        {preview.text.length.toLocaleString('en')} characters. Check the text and details, then
        import. Nothing is saved until you do.
      </p>
      {preview.warnings.length > 0 && (
        <ul className="warnings" aria-label="Warnings">
          {preview.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <div className="article-form">
        <label className="text-field">
          Extracted text
          <textarea
            value={preview.text}
            rows={18}
            aria-invalid={empty ? true : undefined}
            onChange={(event) => flow.edit({ text: event.target.value })}
          />
        </label>
        <ArticleMetaForm
          meta={preview.meta}
          detected={preview.detected}
          onChange={(meta) => flow.edit({ meta })}
        />
      </div>
    </Panel>
  );
}
