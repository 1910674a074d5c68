import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { SearchFilters, SearchResult } from '../../../src-main/core/search/SearchResult';
import type { MethodInput } from '../../../src-main/contract/methods';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { contractQuery, useContractQuery } from '../api/contractQuery';
import { queryClient } from '../api/queryClient';
import { commandRegistry } from '../commands/commandRegistry';
import { Panel } from '../ui/Panel';
import { openArticle, openClaim } from '../workbench/articleActions';
import { uiActions } from '../workbench/uiStore';
import { SearchFiltersBar } from './SearchFiltersBar';
import { Snippet } from './Snippet';
import { inGroupOrder, resultKey, searchGroups } from './searchGroups';
import './search.css';
import { IsolatedParts } from '../ui/IsolatedParts';

/** Typing pauses this long before a search runs: each keystroke need not ask. */
const SEARCH_DELAY_MS = 120;
/** Results shown per group. */
const PER_GROUP = 8;

type Found =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'found'; results: SearchResult[] }
  | { kind: 'failed'; message: string };

const noResults: SearchResult[] = [];
const grouped = ({ results }: { results: SearchResult[] }) => inGroupOrder(results);

/**
 * Ctrl+K: one box over claims, articles, sources and imported fact checks, grouped by kind,
 * with the matched words marked. Arrow keys move through the results; Enter opens one in
 * place (a claim is selected in its article).
 */
export function SearchPanel() {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [asked, setAsked] = useState<MethodInput<'search.query'> | null>(null);
  /** The result the arrow keys have reached, in the results it was reached in. */
  const [cursor, setCursor] = useState<{ in: SearchResult[] | null; at: number }>({
    in: null,
    at: 0,
  });
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const articles = useContractQuery('articles.list', {}).data;

  const outlets = useMemo(
    () =>
      [...new Set((articles ?? []).map((a) => a.outlet).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [articles],
  );

  const typed = useMemo(
    (): MethodInput<'search.query'> => ({ query, filters, perKind: PER_GROUP, prefix: true }),
    [query, filters],
  );
  // The search is asked once typing pauses; its answer is read through the query cache.
  useEffect(() => {
    if (typed.query.trim() === '') return;
    const timer = window.setTimeout(() => setAsked(typed), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);

  const answer = useQuery({
    ...contractQuery('search.query', asked ?? { query: '' }),
    enabled: asked !== null,
    // While the next search runs, the previous results stay, so the list never flashes empty.
    placeholderData: keepPreviousData,
    select: grouped,
  });

  const found: Found =
    query.trim() === ''
      ? { kind: 'idle' }
      : answer.isError
        ? { kind: 'failed', message: errorMessage(answer.error) }
        : answer.data
          ? { kind: 'found', results: answer.data }
          : { kind: 'searching' };

  const results = found.kind === 'found' ? found.results : noResults;
  /** The results shown are for an earlier query or filter: the one typed is still being asked. */
  const stale = query.trim() !== '' && (asked !== typed || answer.isPlaceholderData);
  // New results start again at the first.
  const active = cursor.in === results ? cursor.at : 0;
  const setActive = (at: number) => {
    if (cursor.in !== results || cursor.at !== at) setCursor({ in: results, at });
  };

  const open = async (result: SearchResult) => {
    try {
      if (result.kind === 'factcheck') {
        uiActions.openFactCheck(result.id);
        return;
      }
      if (result.articleId === null) {
        uiActions.notify({ message: 'This source is not cited on any claim yet.', tone: 'info' });
        return;
      }
      const opened =
        result.claimId !== null
          ? await openClaim(result.articleId, result.claimId)
          : await openArticle(result.articleId);
      if (opened) uiActions.closeCentre();
    } catch (error) {
      uiActions.notify({ message: `Could not open it: ${errorMessage(error)}`, tone: 'error' });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + results.length) % results.length);
    } else if (event.key === 'Enter' && query.trim() !== '') {
      event.preventDefault();
      // Enter opens a result of what is typed, never one left from an earlier query.
      if (!stale) {
        const result = results[active];
        if (result) void open(result);
        return;
      }
      queryClient.fetchQuery(contractQuery('search.query', typed)).then(
        (answered) => {
          const first = grouped(answered)[0];
          if (first) void open(first);
        },
        (error: unknown) =>
          uiActions.notify({ message: `The search failed: ${errorMessage(error)}`, tone: 'error' }),
      );
    }
  };

  const activeResult = results[active];
  return (
    <Panel title="Search everything" onClose={uiActions.closeCentre} className="search-panel">
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
      <SearchFiltersBar filters={filters} outlets={outlets} onChange={setFilters} />
      <div
        id={listId}
        role="listbox"
        aria-label="Results"
        aria-busy={stale}
        className="search-results"
      >
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
              {/* The group is named by its label: a listbox holds only groups and options. */}
              <div className="search-group-title" aria-hidden="true">
                {title}
              </div>
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
                      <span className="search-result-title" dir="auto">
                        {result.title}
                      </span>
                      {result.ratingLabel && (
                        <span className="check-rating" dir="auto">
                          {result.ratingLabel}
                        </span>
                      )}
                    </div>
                    <div className="search-result-snippet">
                      <Snippet text={result.snippet} highlights={result.highlights} />
                    </div>
                    <div className="search-result-context">
                      <IsolatedParts parts={[result.context, result.date]} />
                    </div>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      <p className="search-footer">
        <button
          type="button"
          className="quiet"
          onClick={() => commandRegistry.run('factchecks.import')}
        >
          Import fact checks…
        </button>
        <span className="hint">↑↓ to move, Enter to open, Esc to close</span>
      </p>
    </Panel>
  );
}
