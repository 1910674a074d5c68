import type { Workbench } from '../workbench/useWorkbench';

export function LibraryPane({ workbench }: { workbench: Workbench }) {
  const { articles, article, query, actions, scales } = workbench;
  const colourOf = (key: string) =>
    scales.flatMap((s) => s.ratings).find((r) => r.key === key)?.colour ?? '#8a8f98';
  return (
    <nav className="library-pane" aria-label="Library">
      <h2>Library</h2>
      <input
        type="search"
        placeholder="Search titles…"
        aria-label="Search articles by title"
        value={query}
        onChange={(event) => actions.setQuery(event.target.value)}
      />
      <ul className="article-list">
        {articles.map((summary) => (
          <li key={summary.id}>
            <button
              type="button"
              className={summary.id === article?.id ? 'article-item current' : 'article-item'}
              aria-current={summary.id === article?.id ? 'true' : undefined}
              onClick={() => void actions.openArticle(summary.id)}
            >
              <span className="article-item-title">{summary.title}</span>
              <span className="verdict-counts" aria-label={`${summary.claimCount} claims`}>
                {Object.entries(summary.verdictCounts).map(([key, count]) => (
                  <span key={key} className="count-dot" title={`${count} ${key}`}>
                    <span className="dot" style={{ background: colourOf(key) }} />
                    {count}
                  </span>
                ))}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
