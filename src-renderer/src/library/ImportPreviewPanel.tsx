import { useState } from 'react';
import {
  coverageWarnings,
  mapOffsetThroughEdit,
  putBackAll,
  putBackLeftOut,
} from '../../../src-main/core/importing';
import type { ImportCoverage } from '../../../src-main/core/importing';
import { importFormatInfo } from '../../../src-main/core/fileFormats';
import { describeBytes, limits } from '../../../src-main/core/limits';
import { Panel } from '../ui/Panel';
import { countOf } from '../../../src-main/core/text/countOf';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { ArticleMetaForm } from './ArticleMetaForm';
import { EncodingChoice } from './EncodingChoice';
import { LeftOutList } from './LeftOutList';
import type { ImportFlow, ImportPreviewState } from './useImportFlow';
import './importPreview.css';

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
            Text (.txt), Markdown (.md), saved web pages (.html), Word (.docx) and PDF, up to{' '}
            {describeBytes(limits.importBytes)}.
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
  const [reading, setReading] = useState(false);
  const empty = preview.text.trim() === '';
  const warnings = [...preview.warnings, ...coverageWarnings(preview.coverage)];

  const editText = (text: string) => {
    // Left-out passages keep their place in the text through the checker's edits.
    const coverage: ImportCoverage = {
      ...preview.coverage,
      leftOut: preview.coverage.leftOut.map((passage) => ({
        ...passage,
        at: mapOffsetThroughEdit(passage.at, preview.text, text),
      })),
    };
    flow.edit({ text, coverage });
  };

  const chooseEncoding = async (name: string) => {
    setReading(true);
    setError(null);
    try {
      await flow.redecode(preview, name);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setReading(false);
    }
  };

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
        <strong>{preview.fileName}</strong> · {importFormatInfo[preview.format].label}. Check the
        text and details, then import. Nothing is saved until you do.
      </p>
      {warnings.length > 0 && (
        <ul className="warnings" aria-label="Warnings">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <CoverageSummary coverage={preview.coverage} textLength={preview.text.length} />
      {preview.encoding && (
        <EncodingChoice
          encoding={preview.encoding}
          currentSample={sampleOf(preview.text, preview.encoding.alternatives[0]?.sample)}
          busy={reading}
          onChoose={(name) => void chooseEncoding(name)}
        />
      )}
      <LeftOutList
        coverage={preview.coverage}
        onPutBack={(index) => flow.edit(putBackLeftOut(preview.text, preview.coverage, index))}
        onPutBackAll={() => flow.edit(putBackAll(preview.text, preview.coverage))}
      />
      <div className="article-form">
        <label className="text-field">
          Extracted text
          <textarea
            value={preview.text}
            rows={18}
            aria-invalid={empty ? true : undefined}
            aria-busy={reading || undefined}
            onChange={(event) => editText(event.target.value)}
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

/**
 * How much of the file's body text is in the text below, always shown so the checker sees that
 * it was measured: "Kept all 1,046 characters…" or "Kept 852 of 1,046 characters… (81%); 194
 * characters in 3 passages were left out (listed below)". The text's own length differs from
 * the kept count by what the import adds (blank lines between paragraphs, note marks), which
 * the line says when it differs, so no two numbers on the panel contradict each other.
 */
function CoverageSummary({
  coverage,
  textLength,
}: {
  coverage: ImportCoverage;
  textLength: number;
}) {
  const { importedChars, sourceChars } = coverage;
  const passages = coverage.leftOut.length + coverage.unlisted;
  const kept =
    importedChars >= sourceChars
      ? `Kept all ${countOf(sourceChars, 'character')} of the file’s body text.`
      : `Kept ${importedChars.toLocaleString('en')} of ${countOf(sourceChars, 'character')} ` +
        `of the file’s body text (${Math.floor((importedChars / sourceChars) * 100)}%); ` +
        `${countOf(sourceChars - importedChars, 'character')} in ${countOf(passages, 'passage')} ` +
        `${sourceChars - importedChars === 1 ? 'was' : 'were'} left out (listed below).`;
  const length =
    textLength === importedChars
      ? ''
      : ` The text below is ${countOf(textLength, 'character')} long: it also counts the ` +
        'line breaks between paragraphs, any headings or note marks the import adds, and your edits.';
  return (
    <p className="coverage-summary" role="status">
      {kept}
      {length}
    </p>
  );
}

/**
 * The stretch of the current text that the other readings' samples show, so that the readings
 * line up side by side: as long as theirs, from the first character that is not ASCII.
 */
function sampleOf(text: string, otherSample: string | undefined): string {
  const length = Math.max(otherSample?.length ?? 0, 200);
  let first = 0;
  while (first < text.length && text.charCodeAt(first) < 0x80) first++;
  if (first === text.length) first = 0;
  const lineStart = text.lastIndexOf('\n', first) + 1;
  const start = first - lineStart > 120 ? first - 60 : lineStart;
  return text.slice(start, start + length);
}
