import { useState } from 'react';
import type { MethodOutput } from '../../../src-main/contract/methods';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { Panel } from '../ui/Panel';
import { importAnnotations, previewAnnotations } from '../workbench/articleActions';
import { useOpenArticle } from '../workbench/workbenchQueries';
import { describeAnnotationImport, describeAnnotationNote } from './describeAnnotationImport';

type Summary = MethodOutput<'annotations.preview'>;

type Step =
  | { kind: 'choose' }
  | { kind: 'checking'; name: string }
  | { kind: 'preview'; name: string; json: string; summary: Summary }
  | { kind: 'importing'; name: string }
  | { kind: 'done'; summary: Summary };

/**
 * W3C Web Annotations, a Hypothesis export or API search result become claims, all of them or
 * none. Choosing a file only shows what would happen (how many attach, need review or are left
 * out, and why); nothing is written until the checker confirms.
 */
export function ImportAnnotationsPanel({ onClose }: { onClose(): void }) {
  const article = useOpenArticle();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [anySource, setAnySource] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!article) return null;

  const check = async (name: string, json: string, allowOtherSources: boolean) => {
    setError(null);
    setStep({ kind: 'checking', name });
    try {
      const summary = await previewAnnotations(article.id, json, allowOtherSources);
      setStep({ kind: 'preview', name, json, summary });
    } catch (failure) {
      setStep({ kind: 'choose' });
      setError(`Nothing can be imported from “${name}”. ${errorMessage(failure)}`);
    }
  };

  const confirm = async (name: string, json: string) => {
    setError(null);
    setStep({ kind: 'importing', name });
    try {
      const summary = await importAnnotations(article.id, json, anySource);
      setStep({ kind: 'done', summary });
    } catch (failure) {
      setStep({ kind: 'choose' });
      setError(`Nothing was imported. ${errorMessage(failure)}`);
    }
  };

  const summary = step.kind === 'preview' || step.kind === 'done' ? step.summary : null;
  const claimCount = (s: Summary) =>
    s.counts.kept + s.counts.moved + s.counts.changed + s.counts.orphaned;
  const footer =
    step.kind === 'preview' ? (
      <>
        <button
          type="button"
          className="primary"
          disabled={claimCount(step.summary) === 0 && step.summary.remarks.length === 0}
          onClick={() => void confirm(step.name, step.json)}
        >
          Import
        </button>
        <button type="button" onClick={() => setStep({ kind: 'choose' })}>
          Choose another file
        </button>
      </>
    ) : undefined;

  return (
    <Panel title="Import annotations" onClose={onClose} footer={footer}>
      <p>
        Choose a W3C Web Annotation file (for example one exported by Factdesk) or a Hypothesis JSON
        export for “{article.title}”. You will see what it holds before anything is imported.
      </p>
      <label>
        Annotation file
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={step.kind === 'checking' || step.kind === 'importing'}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void file.text().then((json) => check(file.name, json, anySource));
          }}
        />
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={anySource}
          disabled={step.kind === 'checking' || step.kind === 'importing'}
          onChange={(event) => {
            setAnySource(event.target.checked);
            if (step.kind === 'preview') void check(step.name, step.json, event.target.checked);
          }}
        />
        Also import annotations made on other pages than this article’s URL
      </label>
      {step.kind === 'checking' && <p role="status">Reading “{step.name}”…</p>}
      {step.kind === 'importing' && <p role="status">Importing “{step.name}”…</p>}
      {summary && (
        <section aria-label={step.kind === 'done' ? 'Import result' : 'Before importing'}>
          <p role="status">
            {describeAnnotationImport(summary, step.kind === 'done')}
            {summary.warnings.map((warning) => ` ${warning}`).join('')}
          </p>
          {summary.skipped.length > 0 && (
            <details open={summary.skipped.length <= 20}>
              <summary>Left out ({summary.skipped.length})</summary>
              <ul aria-label="Left out">
                {summary.skipped.map((note) => (
                  <li key={note.index}>{describeAnnotationNote(note)}</li>
                ))}
              </ul>
            </details>
          )}
          {summary.remarks.length > 0 && (
            <details open={summary.remarks.length <= 20}>
              <summary>To check ({summary.remarks.length})</summary>
              <ul aria-label="To check">
                {summary.remarks.map((note) => (
                  <li key={note.index}>{describeAnnotationNote(note)}</li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </Panel>
  );
}
