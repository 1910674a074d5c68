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
    cluster.sort(byScore);
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
  return kept.sort(byScore);
}

function byScore(a: Candidate, b: Candidate): number {
  return b.components.score - a.components.score || a.start - b.start;
}
