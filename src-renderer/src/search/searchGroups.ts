import type { SearchKind, SearchResult } from '../../../src-main/core/search/SearchResult';

/** The panel's groups, in the order a checker looks for things. */
export const searchGroups: readonly { kind: SearchKind; title: string }[] = [
  { kind: 'claim', title: 'Claims' },
  { kind: 'article', title: 'Articles' },
  { kind: 'source', title: 'Sources' },
  { kind: 'factcheck', title: 'Fact checks' },
];

/** Results in group order, which is also the order the arrow keys move through them. */
export function inGroupOrder(results: readonly SearchResult[]): SearchResult[] {
  return searchGroups.flatMap(({ kind }) => results.filter((result) => result.kind === kind));
}

export const resultKey = (result: SearchResult) => `${result.kind}-${result.id}`;
