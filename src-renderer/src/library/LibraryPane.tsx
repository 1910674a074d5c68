import { useRef, useState } from 'react';
import type { Workbench } from '../workbench/useWorkbench';
import { tallyFromCounts } from '../ui/verdictTally';
import { LibraryItem } from './LibraryItem';

interface LibraryPaneProps {
  workbench: Workbench;
  onNew(): void;
  onOpenFile(): void;
  onPreferences(): void;
  onAbout(): void;
  onOpenExercise(): void;
  /** Escape in the library: on narrow windows, where it covers the article, this hides it. */
  onDismiss(): void;
  /** Narrow windows show the library over the article; opening one closes it again. */
  onOpened(): void;
}

export function LibraryPane(props: LibraryPaneProps) {
  const { workbench, onNew, onOpenFile, onOpened } = props;
  const { articles, article, query, actions, scales, activeScale } = workbench;
  const [confirmingId, setConfirmingId] = useState<number | null>(null);
  const search = useRef<HTMLInputElement>(null);

  return (
    <nav
      className="library-pane"
      id="library-pane"
      aria-label="Library"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) props.onDismiss();
      }}
    >
      <h2>Library</h2>
      <div className="library-actions">
        <button
          type="button"
          className="primary"
          onClick={onNew}
          title="New article from pasted text (Ctrl+Alt+N)"
        >
          + New
        </button>
        <button
          type="button"
          onClick={onOpenFile}
          title="Open a text, Markdown, web page, Word or PDF file (Ctrl+Alt+O)"
        >
          Open…
        </button>
      </div>
      <input
        type="search"
        ref={search}
        placeholder="Search titles…"
        aria-label="Search articles by title"
        value={query}
        onChange={(event) => actions.setQuery(event.target.value)}
      />
      <ul className="article-list" aria-label="Articles">
        {articles.map((summary) => (
          <LibraryItem
            key={summary.id}
            summary={summary}
            tally={tallyFromCounts(summary.verdictCounts, scales, activeScale)}
            current={summary.id === article?.id}
            confirming={confirmingId === summary.id}
            onOpen={() => {
              void actions.openArticle(summary.id).then(onOpened);
            }}
            onAskDelete={() => setConfirmingId(summary.id)}
            onCancelDelete={() => setConfirmingId(null)}
            onConfirmDelete={() => {
              setConfirmingId(null);
              search.current?.focus();
              void actions.deleteArticle(summary.id, summary.title).catch(() => undefined);
            }}
          />
        ))}
      </ul>
      {articles.length === 0 && (
        <p className="hint">
          {query
            ? `No article title contains “${query}”.`
            : 'No articles yet. Add one with New or Open.'}
        </p>
      )}
      <div className="library-footer">
        <button type="button" className="quiet" onClick={props.onPreferences}>
          Preferences
        </button>
        <button type="button" className="quiet" onClick={props.onOpenExercise}>
          Open exercise…
        </button>
        <button type="button" className="quiet" onClick={props.onAbout}>
          About
        </button>
      </div>
    </nav>
  );
}
