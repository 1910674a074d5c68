import { useRef, useState } from 'react';
import type { Article } from '../../../src-main/core/model';
import { CommandButton } from '../commands/CommandButton';
import { uiActions, useUi } from '../workbench/uiStore';
import { ArticleDetails } from './ArticleDetails';
import { IsolatedParts } from '../ui/IsolatedParts';

interface ArticleHeaderProps {
  article: Article;
}

/** The open article's title and byline, its details, and the toolbar of what to do with it. */
export function ArticleHeader({ article }: ArticleHeaderProps) {
  const editing = useUi((ui) => ui.textEditing);
  const [showDetails, setShowDetails] = useState(false);
  const detailsButton = useRef<HTMLButtonElement>(null);
  const byline = [article.outlet, article.author, article.publishedAt].filter(Boolean);
  return (
    <>
      <header className="article-header">
        <div className="article-title">
          <h1 dir="auto">{article.title}</h1>
          <div className="article-subline">
            {byline.length > 0 && (
              <p className="byline">
                <IsolatedParts parts={byline} />
              </p>
            )}
            <p className={editing ? 'text-mode editing' : 'text-mode'} data-testid="text-mode">
              {editing ? 'Editing the text: changes are saved as a new version' : 'Text locked'}
            </p>
          </div>
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
          <CommandButton
            command="article.loadVersion"
            title="Replace the text with a corrected version"
          />
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
          <CommandButton command="report.export" title="Export the annotated report" />
          <CommandButton
            command={editing ? 'text.done' : 'text.edit'}
            title={editing ? 'Lock the text again' : 'Unlock the text to correct it'}
          />
          <CommandButton
            command="claim.mark"
            className="primary"
            title="Mark the selected text as a claim"
          />
        </div>
      </header>
      {showDetails && (
        <div
          className="article-details-frame"
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
