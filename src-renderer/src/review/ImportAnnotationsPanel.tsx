import { useState } from 'react';
import { Panel } from '../ui/Panel';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { importAnnotations } from '../workbench/articleActions';
import { useOpenArticle } from '../workbench/workbenchQueries';

/** W3C Web Annotations or a Hypothesis export become claims, all of them or none. */
export function ImportAnnotationsPanel({ onClose }: { onClose(): void }) {
  const article = useOpenArticle();
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!article) return null;

  const importFile = async (file: File) => {
    setError(null);
    setResult(null);
    try {
      const counts = await importAnnotations(article.id, await file.text());
      setResult(
        `Imported ${counts.kept + counts.moved + counts.changed + counts.orphaned} annotations: ${counts.kept + counts.moved} placed on their text, ${counts.changed + counts.orphaned} to review.`,
      );
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
      {result && <p role="status">{result}</p>}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </Panel>
  );
}
