import { useEffect, useRef } from 'react';
import type { ArticleSummary } from '../../../src-main/core/model';
import type { TallyEntry } from '../ui/verdictTally';
import { VerdictTally } from './VerdictTally';
import { IsolatedParts } from '../ui/IsolatedParts';

interface LibraryItemProps {
  summary: ArticleSummary;
  tally: TallyEntry[];
  current: boolean;
  confirming: boolean;
  onOpen(): void;
  onAskDelete(): void;
  onConfirmDelete(): void;
  onCancelDelete(): void;
}

export function LibraryItem(props: LibraryItemProps) {
  const { summary, tally, current, confirming } = props;
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const byline = [summary.outlet, summary.publishedAt.slice(0, 10)].filter(Boolean);

  if (confirming) {
    return (
      <li
        className="library-item confirming"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            props.onCancelDelete();
          }
        }}
      >
        <p className="confirm-text" id={`confirm-delete-${summary.id}`}>
          Delete “{summary.title}”? You can undo this.
        </p>
        <div className="confirm-actions">
          <button
            type="button"
            ref={confirmButton}
            className="danger"
            aria-describedby={`confirm-delete-${summary.id}`}
            onClick={props.onConfirmDelete}
          >
            Delete
          </button>
          <button type="button" onClick={props.onCancelDelete}>
            Keep
          </button>
        </div>
      </li>
    );
  }

  return (
    <li className={current ? 'library-item current' : 'library-item'}>
      <button
        type="button"
        className="article-item"
        aria-current={current ? 'true' : undefined}
        onClick={props.onOpen}
      >
        <span className="article-item-title" dir="auto">
          {summary.title}
        </span>
        {byline.length > 0 && (
          <span className="article-item-byline">
            <IsolatedParts parts={byline} />
          </span>
        )}
        <VerdictTally entries={tally} />
        {summary.reviewCount > 0 && (
          <span className="article-item-review" data-testid="library-review-count">
            {summary.reviewCount} need{summary.reviewCount === 1 ? 's' : ''} review
          </span>
        )}
      </button>
      <button
        type="button"
        ref={deleteButton}
        className="icon-button delete-article"
        aria-label={`Delete “${summary.title}”`}
        title="Delete article"
        onClick={props.onAskDelete}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            d="M3 4h10M6.5 4V2.5h3V4M4.5 4l.7 9.5h5.6l.7-9.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinejoin="round"
          />
        </svg>
      </button>
    </li>
  );
}
