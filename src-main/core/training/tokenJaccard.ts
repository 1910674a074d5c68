import { wordTokens } from './wordTokens';

/**
 * Jaccard similarity |A ∩ B| / |A ∪ B| of the two texts' sets of word tokens. Two texts
 * without any words score 0: an empty mark agrees with nothing.
 */
export function tokenJaccard(a: string, b: string): number {
  const tokensA = new Set(wordTokens(a));
  const tokensB = new Set(wordTokens(b));
  let shared = 0;
  for (const token of tokensA) if (tokensB.has(token)) shared++;
  const union = tokensA.size + tokensB.size - shared;
  return union === 0 ? 0 : shared / union;
}
