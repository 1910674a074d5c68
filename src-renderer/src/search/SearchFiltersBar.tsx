import type { ClaimStatus } from '../../../src-main/core/model';
import { claimStatuses } from '../../../src-main/core/model';
import type { SearchFilters } from '../../../src-main/core/search/SearchResult';
import { statusLabels } from '../claims/labels';
import { useActiveScale } from '../workbench/workbenchQueries';

interface SearchFiltersBarProps {
  filters: SearchFilters;
  outlets: readonly string[];
  onChange(filters: SearchFilters): void;
}

/** Verdict, status, outlet and date range; an empty choice means any. */
export function SearchFiltersBar({ filters, outlets, onChange }: SearchFiltersBarProps) {
  const ratings = useActiveScale()?.ratings ?? [];
  const set = (patch: Partial<SearchFilters>) => {
    const next: SearchFilters = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof SearchFilters)[]) {
      const value = next[key];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
        delete next[key];
      }
    }
    onChange(next);
  };
  return (
    <div className="search-filters" role="group" aria-label="Filters">
      <label>
        Verdict
        <select
          value={filters.ratingKeys?.[0] ?? ''}
          onChange={(e) => set({ ratingKeys: e.target.value ? [e.target.value] : undefined })}
        >
          <option value="">Any</option>
          {ratings.map((rating) => (
            <option key={rating.key} value={rating.key}>
              {rating.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select
          value={filters.statuses?.[0] ?? ''}
          onChange={(e) =>
            set({ statuses: e.target.value ? [e.target.value as ClaimStatus] : undefined })
          }
        >
          <option value="">Any</option>
          {claimStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Outlet
        <select
          value={filters.outlets?.[0] ?? ''}
          onChange={(e) => set({ outlets: e.target.value ? [e.target.value] : undefined })}
        >
          <option value="">Any</option>
          {outlets.map((outlet) => (
            <option key={outlet} value={outlet}>
              {outlet}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input
          type="date"
          value={filters.from ?? ''}
          onChange={(e) => set({ from: e.target.value || undefined })}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={filters.to ?? ''}
          onChange={(e) => set({ to: e.target.value || undefined })}
        />
      </label>
    </div>
  );
}
