import { tokenJaccard } from './tokenJaccard';
import type { Span } from './trainingInput';
import { trimSpan } from './trimSpan';

/** Token Jaccard at or above which a trainee span counts as marking the same claim. */
export const LENIENT_JACCARD = 0.5;

export interface ClaimPair {
  keyIndex: number;
  traineeIndex: number;
  /** Characters shared by the two trimmed spans. */
  overlap: number;
  jaccard: number;
  /** Equal boundaries after trimming. */
  strict: boolean;
}

export interface ClaimPairing {
  /** One-to-one lenient matches, ordered by key index. */
  pairs: ClaimPair[];
  keyCount: number;
  traineeCount: number;
}

/**
 * Pairs trainee spans with key spans one to one, greedily by largest character overlap of the
 * trimmed spans. Ties go to the higher token Jaccard, then the earlier key span (start, then
 * end), then the earlier trainee span (start, then end), then input order.
 *
 * Only pairs that already meet the lenient criterion (overlap > 0 and Jaccard ≥ 0.5) are
 * candidates. A pair below it would score as a miss plus a spurious mark anyway, and letting it
 * take a span could block a real match: with nested key claims, a trainee's exact mark of the
 * inner claim overlaps the outer one just as much.
 */
export function pairClaims(
  text: string,
  keySpans: readonly Span[],
  traineeSpans: readonly Span[],
): ClaimPairing {
  const keyTrimmed = keySpans.map((span) => trimSpan(text, span));
  const traineeTrimmed = traineeSpans.map((span) => trimSpan(text, span));
  const keyTexts = keyTrimmed.map((span) => text.slice(span.start, span.end));
  const traineeTexts = traineeTrimmed.map((span) => text.slice(span.start, span.end));

  const candidates: ClaimPair[] = [];
  keyTrimmed.forEach((keySpan, keyIndex) => {
    traineeTrimmed.forEach((traineeSpan, traineeIndex) => {
      const overlap =
        Math.min(keySpan.end, traineeSpan.end) - Math.max(keySpan.start, traineeSpan.start);
      if (overlap <= 0) return;
      const jaccard = tokenJaccard(keyTexts[keyIndex] ?? '', traineeTexts[traineeIndex] ?? '');
      if (jaccard < LENIENT_JACCARD) return;
      const strict = keySpan.start === traineeSpan.start && keySpan.end === traineeSpan.end;
      candidates.push({ keyIndex, traineeIndex, overlap, jaccard, strict });
    });
  });

  const startOf = (spans: Span[], index: number): number => spans[index]?.start ?? 0;
  const endOf = (spans: Span[], index: number): number => spans[index]?.end ?? 0;
  candidates.sort(
    (a, b) =>
      b.overlap - a.overlap ||
      b.jaccard - a.jaccard ||
      startOf(keyTrimmed, a.keyIndex) - startOf(keyTrimmed, b.keyIndex) ||
      endOf(keyTrimmed, a.keyIndex) - endOf(keyTrimmed, b.keyIndex) ||
      startOf(traineeTrimmed, a.traineeIndex) - startOf(traineeTrimmed, b.traineeIndex) ||
      endOf(traineeTrimmed, a.traineeIndex) - endOf(traineeTrimmed, b.traineeIndex) ||
      a.keyIndex - b.keyIndex ||
      a.traineeIndex - b.traineeIndex,
  );

  const pairedKeys = new Set<number>();
  const pairedTrainees = new Set<number>();
  const pairs: ClaimPair[] = [];
  for (const candidate of candidates) {
    if (pairedKeys.has(candidate.keyIndex) || pairedTrainees.has(candidate.traineeIndex)) continue;
    pairedKeys.add(candidate.keyIndex);
    pairedTrainees.add(candidate.traineeIndex);
    pairs.push(candidate);
  }
  pairs.sort((a, b) => a.keyIndex - b.keyIndex);
  return { pairs, keyCount: keySpans.length, traineeCount: traineeSpans.length };
}
