import { useEffect, useRef, useState } from 'react';
import type { Claim, Source } from '../../../src-main/core/model';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { contractQuery } from '../api/contractQuery';
import { uiActions } from '../workbench/uiStore';
import { write } from '../workbench/write';

interface SourceLibraryProps {
  claim: Claim;
  onDone(): void;
}

const SEARCH_DELAY_MS = 200;

type Results = { kind: 'searching' } | { kind: 'found'; sources: Source[] } | { kind: 'failed' };

/** "Library": finds a source already used elsewhere, by title, URL or publisher, and cites it. */
export function SourceLibrary({ claim, onDone }: SourceLibraryProps) {
  const [query, setQuery] = useState('');
  // Searched once the checker pauses typing; the results shown stay until the next ones come.
  const [searched, setSearched] = useState<string | null>(null);
  const found = useQuery({
    ...contractQuery('sources.search', { query: searched ?? '' }),
    enabled: searched !== null,
    placeholderData: keepPreviousData,
  });
  const results: Results = found.data
    ? { kind: 'found', sources: found.data }
    : found.error
      ? { kind: 'failed' }
      : { kind: 'searching' };
  const searchBox = useRef<HTMLInputElement>(null);
  const cited = new Set(claim.sources.map((s) => s.source.id));

  useEffect(() => searchBox.current?.focus(), []);

  useEffect(() => {
    const timer = window.setTimeout(() => setSearched(query.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  const cite = async (source: Source) => {
    await write('sources.attach', { claimId: claim.id, sourceId: source.id });
    uiActions.notify({ message: `Cited “${source.title || source.url}”.`, tone: 'info' });
  };

  return (
    <div
      className="source-library"
      role="search"
      aria-label="Source library"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <label>
        Search the source library
        <input
          ref={searchBox}
          type="search"
          value={query}
          placeholder="Title, URL or publisher"
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      {results.kind === 'failed' && (
        <p className="form-problem" role="alert">
          The library could not be searched. Try again in a moment.
        </p>
      )}
      {results.kind === 'found' && results.sources.length === 0 && (
        <p className="hint">
          {query.trim() ? `No source matches “${query.trim()}”.` : 'The library is empty.'} Use “+
          Add source” to add one.
        </p>
      )}
      {results.kind === 'found' && results.sources.length > 0 && (
        <ul className="library-results" aria-label="Matching sources">
          {results.sources.map((source) => {
            const name = source.title || source.url || `Source ${source.id}`;
            const isCited = cited.has(source.id);
            return (
              <li key={source.id} className="library-result">
                <span className="library-result-text">
                  <span className="source-name">
                    {name}
                    {source.archive && (
                      <>
                        <span className="tick" title="Archived copy" aria-hidden="true">
                          {' '}
                          ✓
                        </span>
                        <span className="visually-hidden">, archived copy</span>
                      </>
                    )}
                  </span>
                  <span className="source-details">
                    {[source.publisher, source.url !== name ? source.url : '']
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
                <button
                  type="button"
                  disabled={isCited}
                  aria-label={isCited ? `“${name}” is already cited` : `Cite “${name}”`}
                  onClick={() => void cite(source).catch(() => undefined)}
                >
                  {isCited ? 'Cited' : 'Cite'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
