import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ArticleSummary } from '../../../src-main/core/model';
import { contractQuery } from '../api/contractQuery';
import { tallyFromCounts } from '../ui/verdictTally';
import { deleteArticle, openArticle } from '../workbench/articleActions';
import { uiActions, useUi } from '../workbench/uiStore';
import { useActiveScale, useScales } from '../workbench/workbenchQueries';
import { LibraryItem } from './LibraryItem';

const noArticles: ArticleSummary[] = [];

/** Every article, newest change first, with its verdicts; searched by title. */
export function LibraryPane({ onOpenFile }: { onOpenFile(): void }) {
  const query = useUi((ui) => ui.libraryQuery);
  const openId = useUi((ui) => ui.openArticleId);
  const scales = useScales();
  const activeScale = useActiveScale();
  // While a new search runs, the previous results stay, so the list never flashes empty.
  const articles =
    useQuery({
      ...contractQuery('articles.list', { query: query || undefined }),
      placeholderData: keepPreviousData,
    }).data ?? noArticles;
  const [confirmingId, setConfirmingId] = useState<number | null>(null);
  const search = useRef<HTMLInputElement>(null);

  return (
    <nav
      className="library-pane"
      id="library-pane"
      aria-label="Library"
      onKeyDown={(event) => {
        // On narrow windows, where the library covers the article, Escape hides it.
        if (event.key === 'Escape' && !event.defaultPrevented) uiActions.setLibraryOpen(false);
      }}
    >
      <h2>Library</h2>
      <div className="library-actions">
        <button
          type="button"
          className="primary"
          onClick={() => uiActions.showPanel('new')}
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
        onChange={(event) => uiActions.setLibraryQuery(event.target.value)}
      />
      <ul className="article-list" aria-label="Articles">
        {articles.map((summary) => (
          <LibraryItem
            key={summary.id}
            summary={summary}
            tally={tallyFromCounts(summary.verdictCounts, scales, activeScale)}
            current={summary.id === openId}
            confirming={confirmingId === summary.id}
            onOpen={() => {
              void openArticle(summary.id).then((opened) => {
                if (!opened) return;
                uiActions.closeCentre();
                uiActions.setLibraryOpen(false);
              });
            }}
            onAskDelete={() => setConfirmingId(summary.id)}
            onCancelDelete={() => setConfirmingId(null)}
            onConfirmDelete={() => {
              setConfirmingId(null);
              search.current?.focus();
              void deleteArticle(summary.id, summary.title).catch(() => undefined);
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
        <button type="button" className="quiet" onClick={() => uiActions.showPanel('preferences')}>
          Preferences
        </button>
        <button type="button" className="quiet" onClick={() => uiActions.showPanel('exercise')}>
          Open exercise…
        </button>
        <button type="button" className="quiet" onClick={() => uiActions.showPanel('about')}>
          About
        </button>
      </div>
    </nav>
  );
}
