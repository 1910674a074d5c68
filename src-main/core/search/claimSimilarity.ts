import type { ClaimProfile } from './claimProfile';
import type { Quantity } from './extractQuantities';
import { sameQuantity } from './extractQuantities';

/**
 * The weights of claim matching, as docs/search.md documents them. The four parts add up to
 * 1; the factors multiply the sum when two claims disagree on what makes a claim that claim.
 */
export const SIMILARITY_WEIGHTS = {
  /** Shared meaningful words, weighted by rarity (IDF cosine). */
  words: 0.6,
  /** Shared names of people, places and bodies. */
  names: 0.15,
  /** The same numbers. */
  numbers: 0.1,
  /** The full-text engine's own BM25 score, relative to the best candidate's. */
  bm25: 0.15,
  /** Both state numbers and some differ: "110 people" against "11 people". */
  numberConflict: 0.3,
  /** Only one of them states a number. */
  numberMissing: 0.85,
  /** One is the denial of the other. */
  negationMismatch: 0.4,
  /** Both name someone or somewhere, and no name is shared. */
  nameConflict: 0.6,
} as const;

/**
 * Candidates whose similarity before the factors is below this are not shown: they share too
 * little to be the same claim. A near-copy that differs in a number or a negation is still
 * shown, ranked lower, with what differs, for the checker to judge.
 */
export const MIN_SIMILARITY = 0.3;

export interface ClaimSimilarity {
  /** 0 to 1; higher is closer. */
  score: number;
  /** The score before the factors for numbers, negation and names. */
  overlap: number;
  /** What differs, in plain words, for the checker to weigh. */
  differences: string[];
}

export interface SimilarityContext {
  /** How much a shared term says: its inverse document frequency in the index. */
  weight(term: string): number;
  /** This candidate's BM25 score divided by the best candidate's, 0 to 1. */
  bm25Share: number;
}

function wordSimilarity(a: Set<string>, b: Set<string>, weight: (term: string) => number) {
  let shared = 0;
  let normA = 0;
  let normB = 0;
  for (const term of a) {
    const w = weight(term) ** 2;
    normA += w;
    if (b.has(term)) shared += w;
  }
  for (const term of b) normB += weight(term) ** 2;
  return normA > 0 && normB > 0 ? shared / Math.sqrt(normA * normB) : 0;
}

function unmatched(from: Quantity[], against: Quantity[]): Quantity[] {
  const used = new Set<number>();
  return from.filter((quantity) => {
    const i = against.findIndex((other, j) => !used.has(j) && sameQuantity(quantity, other));
    if (i === -1) return true;
    used.add(i);
    return false;
  });
}

const listed = (quantities: Quantity[]) => quantities.map((q) => `“${q.text}”`).join(', ');

/**
 * How likely the candidate states the same claim as the query, and what differs. Numbers,
 * negation and names must agree: a candidate that differs on one of them is multiplied down
 * so a reworded true match ranks above a near-copy that says something else.
 */
export function claimSimilarity(
  query: ClaimProfile,
  candidate: ClaimProfile,
  context: SimilarityContext,
): ClaimSimilarity {
  const w = SIMILARITY_WEIGHTS;
  const differences: string[] = [];
  let factor = 1;

  const words = wordSimilarity(query.terms, candidate.terms, context.weight);

  let names = 0.5;
  if (query.entities.size > 0 && candidate.entities.size > 0) {
    let shared = 0;
    for (const name of query.entities) if (candidate.entities.has(name)) shared += 1;
    names = shared / Math.min(query.entities.size, candidate.entities.size);
    if (shared === 0) {
      factor *= w.nameConflict;
      differences.push('It names other people or places.');
    }
  }

  let numbers = 0.5;
  const onlyQuery = unmatched(query.quantities, candidate.quantities);
  const onlyCandidate = unmatched(candidate.quantities, query.quantities);
  if (onlyQuery.length > 0 && onlyCandidate.length > 0) {
    numbers = 0;
    factor *= w.numberConflict;
    differences.push(
      `Different numbers: ${listed(onlyCandidate)} there, ${listed(onlyQuery)} here.`,
    );
  } else if (onlyQuery.length > 0 || onlyCandidate.length > 0) {
    factor *= w.numberMissing;
    const extra = onlyQuery.length > 0 ? onlyQuery : onlyCandidate;
    differences.push(`Only one of them gives ${listed(extra)}.`);
  } else if (query.quantities.length > 0) {
    numbers = 1;
  }

  if (query.negated !== candidate.negated) {
    factor *= w.negationMismatch;
    differences.push(
      candidate.negated ? 'It is stated in the negative.' : 'This claim is the negative of it.',
    );
  }

  const sum = w.words * words + w.names * names + w.numbers * numbers + w.bm25 * context.bm25Share;
  return {
    score: Math.round(sum * factor * 1000) / 1000,
    overlap: Math.round(sum * 1000) / 1000,
    differences,
  };
}
