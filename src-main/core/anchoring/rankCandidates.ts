import type { Candidate } from './anchoringTypes';

/**
 * Best first. Of candidates that overlap, only the best survives, so near-duplicates of one
 * place (a fuzzy match shifted by a character) do not look like rivals of each other.
 */
export function rankCandidates(candidates: readonly Candidate[]): Candidate[] {
  const byPosition = [...candidates].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const closeCluster = () => {
    cluster.sort(byRank);
    const chosen: Candidate[] = [];
    for (const candidate of cluster) {
      if (!chosen.some((other) => candidate.start < other.end && other.start < candidate.end)) {
        chosen.push(candidate);
      }
    }
    kept.push(...chosen);
    cluster = [];
  };
  for (const candidate of byPosition) {
    if (cluster.length > 0 && candidate.start >= clusterEnd) closeCluster();
    cluster.push(candidate);
    clusterEnd = Math.max(clusterEnd, candidate.end);
  }
  closeCluster();
  return kept.sort(byRank);
}

/**
 * Places whose context contradicts the claim's come last; then more of the quote's words, more
 * agreeing context, higher similarity; nearness to the expected position only breaks ties.
 */
export function byRank(a: Candidate, b: Candidate): number {
  const x = a.components;
  const y = b.components;
  return (
    contradictions(a) - contradictions(b) ||
    y.quote - x.quote ||
    y.support - x.support ||
    y.similarity - x.similarity ||
    y.position - x.position ||
    a.start - b.start
  );
}

/** How many sides of a candidate's context contradict the claim's (0, 1 or 2). */
export function contradictions(candidate: Candidate): number {
  const { prefixContext, suffixContext } = candidate.components;
  return Number(prefixContext.kind === 'different') + Number(suffixContext.kind === 'different');
}
