import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { SearchFilters, SearchResult } from '../../../src-main/core/search/SearchResult';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { call } from '../api/client';
import { Panel } from '../ui/Panel';
import type { Workbench } from '../workbench/useWorkbench';
import { SearchFiltersBar } from './SearchFiltersBar';
import { Snippet } from './Snippet';
import { inGroupOrder, resultKey, searchGroups } from './searchGroups';
import './search.css';

/** Typing pauses this long before a search runs: each keystroke need not ask. */
const SEARCH_DELAY_MS = 120;
/** Results shown per group. */
const PER_GROUP = 8;

type Found =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'found'; results: SearchResult[] }
  | { kind: 'failed'; message: string };

/** What came back for one query with its filters. */
type Answer = { asked: string; found: Found };

interface SearchPanelProps {
  workbench: Workbench;
  onClose(): void;
  onOpenFactCheck(id: number): void;
  onImportFactChecks(): void;
}

/**
 * Ctrl+K: one box over claims, articles, sources and imported fact checks, grouped by kind,
 * with the matched words marked. Arrow keys move through the results; Enter opens one in
 * place (a claim is selected in its article).
 */
export function SearchPanel({
  workbench,
  onClose,
  onOpenFactCheck,
  onImportFactChecks,
}: SearchPanelProps) {
  const { actions, articles } = workbench;
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);

  const outlets = useMemo(
    () =>
      [...new Set(articles.map((a) => a.outlet).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [articles],
  );

  const asked = JSON.stringify({ query, filters });
  const found: Found =
    query.trim() === ''
      ? { kind: 'idle' }
      : answer?.asked === asked
        ? answer.found
        : answer?.found.kind === 'found'
          ? answer.found
          : { kind: 'searching' };

  useEffect(() => {
    const input = JSON.parse(asked) as { query: string; filters: SearchFilters };
    if (input.query.trim() === '') return;
    let current = true;
    const timer = window.setTimeout(() => {
      call('search.query', { ...input, perKind: PER_GROUP, prefix: true }).then(
        ({ results }) => {
          if (!current) return;
          setAnswer({ asked, found: { kind: 'found', results: inGroupOrder(results) } });
          setActive(0);
        },
        (error: unknown) => {
          if (current)
            setAnswer({ asked, found: { kind: 'failed', message: errorMessage(error) } });
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [asked]);

  const results = found.kind === 'found' ? found.results : [];

  const open = async (result: SearchResult) => {
    try {
      if (result.kind === 'factcheck') {
        onOpenFactCheck(result.id);
        return;
      }
      if (result.articleId === null) {
        actions.notify({ message: 'This source is not cited on any claim yet.', tone: 'info' });
        return;
      }
      if (result.claimId !== null) await actions.openClaim(result.articleId, result.claimId);
      else await actions.openArticle(result.articleId);
      onClose();
    } catch (error) {
      actions.notify({ message: `Could not open it: ${errorMessage(error)}`, tone: 'error' });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      const result = results[active];
      if (result) {
        event.preventDefault();
        void open(result);
      }
    }
  };

  const activeResult = results[active];
  return (
    <Panel title="Search everything" onClose={onClose} className="search-panel">
      <div className="search-box" role="search">
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-label="Search claims, articles, sources and fact checks"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeResult ? `${listId}-${resultKey(activeResult)}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder='Words, "a phrase", -leave-out'
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <SearchFiltersBar
        filters={filters}
        outlets={outlets}
        workbench={workbench}
        onChange={setFilters}
      />
      <div id={listId} role="listbox" aria-label="Results" className="search-results">
        {found.kind === 'idle' && (
          <p className="hint">
            Type to search every claim, article, source and imported fact check. Words are found in
            any form (“killed” finds “killing”) and with or without accents.
          </p>
        )}
        {found.kind === 'searching' && <p className="hint">Searching…</p>}
        {found.kind === 'failed' && (
          <p className="hint error" role="alert">
            The search failed: {found.message}
          </p>
        )}
        {found.kind === 'found' && results.length === 0 && (
          <p className="hint" role="status">
            Nothing found. Try fewer words, or remove a filter.
          </p>
        )}
        {searchGroups.map(({ kind, title }) => {
          const group = results.filter((result) => result.kind === kind);
          if (group.length === 0) return null;
          return (
            <div key={kind} role="group" aria-label={title} className="search-group">
              <h3>{title}</h3>
              {group.map((result) => {
                const isActive = result === activeResult;
                return (
                  <div
                    key={resultKey(result)}
                    id={`${listId}-${resultKey(result)}`}
                    role="option"
                    aria-selected={isActive}
                    className={isActive ? 'search-result active' : 'search-result'}
                    onMouseMove={() => setActive(results.indexOf(result))}
                    onClick={() => void open(result)}
                  >
                    <div className="search-result-head">
                      <span className="search-result-title">{result.title}</span>
                      {result.ratingLabel && (
                        <span className="check-rating">{result.ratingLabel}</span>
                      )}
                    </div>
                    <div className="search-result-snippet">
                      <Snippet text={result.snippet} highlights={result.highlights} />
                    </div>
                    <div className="search-result-context">
                      {[result.context, result.date].filter(Boolean).join(' · ')}
                    </div>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      <p className="search-footer">
        <button type="button" className="quiet" onClick={onImportFactChecks}>
          Import fact checks…
        </button>
        <span className="hint">↑↓ to move, Enter to open, Esc to close</span>
      </p>
    </Panel>
  );
}
