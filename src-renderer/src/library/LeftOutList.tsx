import type { ImportCoverage } from '../../../src-main/core/importing';

interface LeftOutListProps {
  coverage: ImportCoverage;
  onPutBack(index: number): void;
  onPutBackAll(): void;
}

/** Longest stretch of a passage shown in the list; the whole passage goes back. */
const SHOWN_CHARS = 240;

/**
 * What the import left out of the file's body text, each passage with its reason and a button
 * that puts it back in the text where it stood in the file.
 */
export function LeftOutList({ coverage, onPutBack, onPutBackAll }: LeftOutListProps) {
  const { leftOut, unlisted } = coverage;
  if (leftOut.length === 0 && unlisted === 0) return null;
  return (
    <section className="left-out" aria-labelledby="left-out-heading">
      <div className="left-out-header">
        <h3 id="left-out-heading">Left out ({leftOut.length + unlisted})</h3>
        {leftOut.length > 1 && (
          <button type="button" onClick={onPutBackAll}>
            Put all back
          </button>
        )}
      </div>
      <p className="hint-text">
        Each was left out for the reason shown under it. Put back anything that belongs to the
        article; it goes where it stood in the file.
      </p>
      <ol aria-label="Left-out passages">
        {leftOut.map((passage, index) => (
          <li key={`${index}:${passage.at}:${passage.text.length}`}>
            <blockquote>
              {passage.text.length > SHOWN_CHARS
                ? `${passage.text.slice(0, SHOWN_CHARS)}…`
                : passage.text}
            </blockquote>
            <span className="left-out-reason">{passage.reason}</span>
            <button
              type="button"
              aria-label={`Put back “${passage.text.slice(0, 60)}”`}
              onClick={() => onPutBack(index)}
            >
              Put back
            </button>
          </li>
        ))}
      </ol>
      {unlisted > 0 && (
        <p className="hint-text">
          {unlisted.toLocaleString('en')} more passages are not listed; import from the command line
          with --keep-left-out to keep them all.
        </p>
      )}
    </section>
  );
}
