import type { Workbench } from '../workbench/useWorkbench';

interface ArticleHeaderProps {
  workbench: Workbench;
  onMarkClaim(): void;
}

export function ArticleHeader({ workbench, onMarkClaim }: ArticleHeaderProps) {
  const { article } = workbench;
  if (!article) return null;
  const byline = [article.outlet, article.author, article.publishedAt].filter(Boolean).join(' · ');
  return (
    <header className="article-header">
      <div className="article-title">
        <h1>{article.title}</h1>
        {byline && <p className="byline">{byline}</p>}
      </div>
      <div className="toolbar" role="toolbar" aria-label="Article actions">
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
  );
}
