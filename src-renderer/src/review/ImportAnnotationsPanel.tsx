import { useState } from 'react';
import { Panel } from '../ui/Panel';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { importAnnotations } from '../workbench/articleActions';
import { useOpenArticle } from '../workbench/workbenchQueries';

/**
 * W3C Web Annotations, a Hypothesis export or API search result become claims, all of them or
 * none. The result says what was placed, what needs review and what was left out and why.
 */
export function ImportAnnotationsPanel({ onClose }: { onClose(): void }) {
  const article = useOpenArticle();
  const [result, setResult] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [anySource, setAnySource] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!article) return null;

  const importFile = async (file: File) => {
    setError(null);
    setResult(null);
    setSkipped([]);
    try {
      const imported = await importAnnotations(article.id, await file.text(), anySource);
      const { counts } = imported;
      setResult(
        [
          `Imported ${counts.kept + counts.moved + counts.changed + counts.orphaned} annotations: ${counts.kept} kept, ${counts.moved} moved, ${counts.changed} changed, ${counts.orphaned} not found; ${imported.skipped.length} left out.`,
          ...imported.warnings,
        ].join(' '),
      );
      setSkipped(imported.skipped.map((s) => `Annotation ${s.index + 1}: ${s.reason}`));
    } catch (failure) {
      setError(`Nothing was imported. ${errorMessage(failure)}`);
    }
  };

  return (
    <Panel title="Import annotations" onClose={onClose}>
      <p>
        Choose a W3C Web Annotation file (for example one exported by Factdesk) or a Hypothesis JSON
        export for “{article.title}”.
      </p>
      <label>
        Annotation file
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={anySource}
          onChange={(event) => setAnySource(event.target.checked)}
        />{' '}
        Also import annotations made on other pages than this article’s URL
      </label>
      {result && <p role="status">{result}</p>}
      {skipped.length > 0 && (
        <ul aria-label="Left out">
          {skipped.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </Panel>
  );
}
