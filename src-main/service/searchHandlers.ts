import type { Handlers } from '../contract/methods';
import { parseSearchQuery } from '../core/search/parseSearchQuery';
import { searchKinds } from '../core/search/SearchResult';
import { toFtsQuery } from '../core/search/toFtsQuery';
import type { WorkbenchContext } from './WorkbenchContext';
import { citeCheck } from './citeCheck';
import { requireClaim } from './claimHandlers';
import { labelsOfKeys } from './ratingLookup';
import { searchResults } from './searchResults';
import { similarChecks } from './similarChecks';

const DEFAULT_LIMIT = 20;
const DEFAULT_SIMILAR = 5;

export function searchHandlers(
  ctx: WorkbenchContext,
): Pick<Handlers, 'search.query' | 'claims.similar' | 'claims.citeCheck'> {
  const { store } = ctx;
  return {
    'search.query': ({ query, kinds, filters = {}, limit, perKind, prefix }) => {
      const parsed = parseSearchQuery(query, { prefixLast: prefix === true });
      const fts = toFtsQuery(parsed);
      if (!fts) return { results: [] };
      const total = limit ?? (perKind ? perKind * 4 : DEFAULT_LIMIT);
      const hits = store.search.match(
        fts,
        kinds ?? searchKinds,
        {
          ...filters,
          ratingLabels: filters.ratingKeys ? labelsOfKeys(store, filters.ratingKeys) : undefined,
        },
        perKind ?? total,
      );
      return { results: searchResults(store, parsed, hits.slice(0, total)) };
    },
    'claims.similar': ({ claimId, text, language, limit }) => {
      if (claimId !== undefined) {
        const claim = requireClaim(ctx, claimId);
        const article = store.articles.get(claim.articleId);
        return {
          results: similarChecks(
            store,
            { text: claim.exact, language: article?.language ?? '', claim },
            limit ?? DEFAULT_SIMILAR,
          ),
        };
      }
      return {
        results: similarChecks(
          store,
          { text: text ?? '', language: language ?? '', claim: null },
          limit ?? DEFAULT_SIMILAR,
        ),
      };
    },
    'claims.citeCheck': ({ claimId, check }) => citeCheck(ctx, claimId, check),
  };
}
