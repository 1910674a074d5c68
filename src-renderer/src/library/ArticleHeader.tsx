import { useRef, useState } from 'react';
import type { Article } from '../../../src-main/core/model';
import { uiActions } from '../workbench/uiStore';
import { ArticleDetails } from './ArticleDetails';

interface ArticleHeaderProps {
  article: Article;
  onMarkClaim(): void;
}

/** The open article's title and byline, its details, and the toolbar of what to do with it. */
export function ArticleHeader({ article, onMarkClaim }: ArticleHeaderProps) {
  const [showDetails, setShowDetails] = useState(false);
  const detailsButton = useRef<HTMLButtonElement>(null);
  const byline = [article.outlet, article.author, article.publishedAt].filter(Boolean).join(' · ');
  return (
    <>
      <header className="article-header">
        <div className="article-title">
          <h1>{article.title}</h1>
          {byline && <p className="byline">{byline}</p>}
        </div>
        <div className="toolbar" role="toolbar" aria-label="Article actions">
          <button
            type="button"
            ref={detailsButton}
            aria-expanded={showDetails}
            aria-controls="article-details"
            onClick={() => setShowDetails((shown) => !shown)}
          >
            Details
          </button>
          <button
            type="button"
            onClick={() => uiActions.showPanel('loadVersion')}
            title="Replace the text with a corrected version"
          >
            New version…
          </button>
          <button
            type="button"
            onClick={() => uiActions.showPanel('annotations')}
            title="W3C or Hypothesis annotations"
          >
            Import annotations…
          </button>
          <button
            type="button"
            onClick={() => uiActions.showPanel('training')}
            title="Answer key, exercise and debrief"
          >
            Training…
          </button>
          <button
            type="button"
            onClick={() => uiActions.showPanel('export')}
            title="Export the annotated report (Ctrl+E in the app)"
          >
            Export…
          </button>
          <button
            type="button"
            className="primary"
            onClick={onMarkClaim}
            title="Mark the selected text as a claim (Ctrl+Shift+M)"
          >
            Mark claim
          </button>
        </div>
      </header>
      {showDetails && (
        <div
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            setShowDetails(false);
            detailsButton.current?.focus();
          }}
        >
          <ArticleDetails key={article.id} article={article} />
        </div>
      )}
    </>
  );
}
