import { CONTEXT_LENGTH } from '../model';

/**
 * 1 minus the Levenshtein distance divided by the longer length: 1 for equal strings, 0 for
 * strings with nothing in common. Meant for short strings such as 32-unit contexts.
 */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return 1 - levenshteinDistance(a, b) / longer;
}

export function levenshteinDistance(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  if (b.length === 0) return a.length;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const unit = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (unit === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (previous[j] ?? 0) + 1;
      const insertion = (current[j - 1] ?? 0) + 1;
      current[j] = Math.min(substitution, deletion, insertion);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** About how much two unrelated stretches of prose agree. */
const UNKNOWN_CONTEXT_AGREEMENT = 0.25;
/** Context is compared over nested windows, so the words next to a quote count the most. */
const CONTEXT_WINDOWS = [8, 16, CONTEXT_LENGTH];

/**
 * How alike two contexts of a quote are, from 0 to 1: the mean agreement over nested windows
 * next to the quote (the end of a prefix, the start of a suffix). Within a window only the
 * stretch both contexts have is compared; where one is cut short by the edge of its text, the
 * missing code units count as agreeing a little, because a quote that moved to the start of an
 * article has lost its prefix without contradicting it.
 */
export function contextSimilarity(
  stored: string,
  found: string,
  side: 'prefix' | 'suffix',
): number {
  const nearest = (context: string, length: number) =>
    side === 'prefix'
      ? context.slice(Math.max(0, context.length - length))
      : context.slice(0, length);
  let total = 0;
  for (const window of CONTEXT_WINDOWS) {
    const a = nearest(stored, window);
    const b = nearest(found, window);
    const longer = Math.max(a.length, b.length);
    const shared = Math.min(a.length, b.length);
    if (longer === 0) {
      total += 1;
      continue;
    }
    const agreement =
      shared === 0 ? 0 : textSimilarity(nearest(a, shared), nearest(b, shared)) * shared;
    total += (agreement + UNKNOWN_CONTEXT_AGREEMENT * (longer - shared)) / longer;
  }
  return total / CONTEXT_WINDOWS.length;
}
