import { useRef, useState } from 'react';
import type { Claim } from '../../../src-main/core/model';
import { AddSourceForm } from './AddSourceForm';
import { CitedSourceItem } from './CitedSourceItem';
import { SourceLibrary } from './SourceLibrary';
import './sources.css';

type Panel = 'add' | 'library' | null;

/** The sources cited on a claim, and the two ways to cite another: new, or from the library. */
export function SourcesSection({ claim }: { claim: Claim }) {
  const [panel, setPanel] = useState<Panel>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const libraryButton = useRef<HTMLButtonElement>(null);
  const headingId = `sources-heading-${claim.id}`;
  const panelId = `sources-panel-${claim.id}`;

  const toggle = (next: Exclude<Panel, null>) => setPanel((open) => (open === next ? null : next));
  // Focus goes back to the button that opened the panel, so keyboard users keep their place.
  const close = () => {
    const opener = panel === 'add' ? addButton : libraryButton;
    setPanel(null);
    opener.current?.focus();
  };

  return (
    <section className="inspector-section sources-section" aria-labelledby={headingId}>
      <div className="section-head">
        <h4 id={headingId}>
          Sources <span className="count">({claim.sources.length})</span>
        </h4>
        <div className="section-tools">
          <button
            ref={addButton}
            type="button"
            aria-expanded={panel === 'add'}
            aria-controls={panel === 'add' ? panelId : undefined}
            onClick={() => toggle('add')}
          >
            + Add source
          </button>
          <button
            ref={libraryButton}
            type="button"
            aria-expanded={panel === 'library'}
            aria-controls={panel === 'library' ? panelId : undefined}
            onClick={() => toggle('library')}
          >
            Library
          </button>
        </div>
      </div>
      {panel && (
        <div id={panelId} className="sources-panel">
          {panel === 'add' ? (
            <AddSourceForm claim={claim} onDone={close} />
          ) : (
            <SourceLibrary claim={claim} onDone={close} />
          )}
        </div>
      )}
      {claim.sources.length > 0 ? (
        <ul className="cited-sources" aria-label="Cited sources">
          {claim.sources.map((citation) => (
            <CitedSourceItem key={citation.source.id} claim={claim} citation={citation} />
          ))}
        </ul>
      ) : (
        !panel && (
          <p className="hint">
            No sources yet. Paste a URL with “+ Add source”, or reuse one from the Library.
          </p>
        )
      )}
    </section>
  );
}
