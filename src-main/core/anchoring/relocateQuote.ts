import type { QuoteSelector } from '../model';
import type { Candidate } from './anchoringTypes';
import { contextAround } from './contextAround';
import type { ChangeMap } from './createChangeMap';
import { NEAR_WINDOW, toCandidate } from './findCandidates';
import {
  MAX_ERROR_SHARE,
  exactMatches,
  fuzzyMatches,
  maxFuzzyErrors,
  type QuoteMatch,
} from './findQuoteMatches';
import { rankCandidates } from './rankCandidates';
import { contextSimilarity } from './textSimilarity';
import { boundaryRequirement, respectsBoundaries } from './wordBoundaries';

/** A relocated claim must agree this well with its quote and context... */
export const MIN_EVIDENCE = 0.75;
/** ...and beat every other admissible place by this much; otherwise it is ambiguous. */
export const MIN_MARGIN = 0.05;
/** Code units of text that whole-text approximate search may scan in one re-anchoring run. */
export const DEFAULT_FUZZY_SCAN_BUDGET = 20_000_000;

type Range = readonly [number, number];

/** What relocation needs to know about one old → new change, computed once per run. */
export interface RelocationScope {
  readonly oldText: string;
  readonly newText: string;
  readonly map: ChangeMap;
  /** The diff before coincidental equalities were folded in: decides what counts as inserted. */
  readonly strictMap: ChangeMap;
  readonly insertedRanges: readonly Range[];
  readonly deletedRanges: readonly Range[];
  /** Remaining code units that whole-text approximate search may scan. */
  fuzzyScanBudget: number;
}

/** The claim's own text: where it was in the old text and what of it the diff kept. */
export interface OwnRange {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
}

export function createRelocationScope(
  oldText: string,
  newText: string,
  map: ChangeMap,
  strictMap: ChangeMap,
  fuzzyScanBudget = DEFAULT_FUZZY_SCAN_BUDGET,
): RelocationScope {
  return {
    oldText,
    newText,
    map,
    strictMap,
    insertedRanges: strictMap.insertedRanges(),
    deletedRanges: map.deletedRanges(),
    fuzzyScanBudget,
  };
}

/**
 * Looks for a claim whose text the diff did not keep in place. Only text that the new version
 * inserted (or the claim's own surviving text) may receive it: a moved paragraph is a deletion
 * plus an insertion, whereas text that already existed is another occurrence of the same
 * words, never the claim. An inserted copy of words that were deleted somewhere else, with
 * context at least as close to that other place as to the claim, is the other place moving,
 * and is refused too. Exact occurrences are tried before approximate ones, and approximate
 * ones near the expected position before the rest. The best candidate must be convincing and
 * clearly ahead of the runner-up, or nothing is returned.
 */
export function relocateQuote(
  scope: RelocationScope,
  selector: QuoteSelector,
  expectedStart: number,
  own: OwnRange | null,
): Candidate | null {
  const quote = selector.exact;
  const { newText } = scope;
  const maxErrors = maxFuzzyErrors(quote);
  const receiving = receivingRanges(scope.insertedRanges, own);
  if (receiving.length === 0) return null;
  const pad = Math.ceil(quote.length * MAX_ERROR_SHARE) + maxErrors;
  const windows = padAndMerge(receiving, pad, newText.length);
  const requirement = boundaryRequirement(selector);

  const admissible = (matches: readonly QuoteMatch[]): Candidate[] =>
    matches
      .filter(
        (match) =>
          respectsBoundaries(newText, match.start, match.end, requirement) &&
          isMostlyReceiving(scope, match, own),
      )
      .map((match) => toCandidate(newText, selector, match, expectedStart));

  const exact = windows.flatMap(([from, to]) => admissible(exactMatches(newText, quote, from, to)));
  if (exact.length > 0) return pickClearWinner(withoutOtherMoves(scope, selector, exact, own));
  if (maxErrors === 0) return null;

  const reach = NEAR_WINDOW + quote.length + maxErrors;
  const nearFrom = expectedStart - reach;
  const nearTo = expectedStart + reach;
  const near = windows.flatMap(([from, to]) =>
    to <= nearFrom || from >= nearTo
      ? []
      : admissible(
          fuzzyMatches(newText, quote, maxErrors, Math.max(from, nearFrom), Math.min(to, nearTo)),
        ),
  );
  if (near.length > 0) return pickClearWinner(withoutOtherMoves(scope, selector, near, own));

  const everywhere: Candidate[] = [];
  for (const [from, to] of windows) {
    if (scope.fuzzyScanBudget < to - from) break;
    scope.fuzzyScanBudget -= to - from;
    everywhere.push(...admissible(fuzzyMatches(newText, quote, maxErrors, from, to)));
  }
  return pickClearWinner(withoutOtherMoves(scope, selector, everywhere, own));
}

function pickClearWinner(candidates: readonly Candidate[]): Candidate | null {
  const [best, ...rest] = rankCandidates(candidates);
  if (!best || best.components.evidence < MIN_EVIDENCE) return null;
  const runnerUp = rest.reduce(
    (most, candidate) => Math.max(most, candidate.components.evidence),
    0,
  );
  return best.components.evidence - runnerUp >= MIN_MARGIN ? best : null;
}

/** At most MAX_ERROR_SHARE of a candidate may be text that existed before and was not the claim's. */
function isMostlyReceiving(scope: RelocationScope, match: QuoteMatch, own: OwnRange | null) {
  const { start, end } = match;
  let receiving = scope.strictMap.insertedWithin(start, end);
  if (own) {
    const overlapStart = Math.max(start, own.newStart);
    const overlapEnd = Math.min(end, own.newEnd);
    if (overlapEnd > overlapStart) {
      const overlap = overlapEnd - overlapStart;
      receiving += overlap - scope.strictMap.insertedWithin(overlapStart, overlapEnd);
    }
  }
  return end - start - receiving <= (end - start) * MAX_ERROR_SHARE;
}

interface Context {
  readonly prefix: string;
  readonly suffix: string;
}

function withoutOtherMoves(
  scope: RelocationScope,
  selector: QuoteSelector,
  candidates: readonly Candidate[],
  own: OwnRange | null,
): Candidate[] {
  const originsByText = new Map<string, Context[]>();
  const originsOf = (words: string) => {
    let origins = originsByText.get(words);
    if (!origins) {
      origins = deletedOccurrences(scope, words, own).map((match) =>
        contextAround(scope.oldText, match.start, match.end),
      );
      originsByText.set(words, origins);
    }
    return origins;
  };
  return candidates.filter((candidate) => {
    const origins = originsOf(candidate.exact);
    if (origins.length === 0) return true;
    const here = contextAround(scope.newText, candidate.start, candidate.end);
    return origins.every(
      (origin) => likeness(origin, here, selector) < likeness(selector, here, origin),
    );
  });
}

/**
 * How alike `context` is to the candidate's surroundings `here`, compared over the stretch
 * that `context`, `here` and the `rival` all have, so a claim near the edge of its article
 * competes with another occurrence on equal terms. The words next to the quote count the
 * most, as they do when candidates are scored.
 */
function likeness(context: Context, here: Context, rival: Context): number {
  const prefixLength = Math.min(context.prefix.length, here.prefix.length, rival.prefix.length);
  const suffixLength = Math.min(context.suffix.length, here.suffix.length, rival.suffix.length);
  const prefix = contextSimilarity(
    context.prefix.slice(context.prefix.length - prefixLength),
    here.prefix.slice(here.prefix.length - prefixLength),
    'prefix',
  );
  const suffix = contextSimilarity(
    context.suffix.slice(0, suffixLength),
    here.suffix.slice(0, suffixLength),
    'suffix',
  );
  return (prefix + suffix) / 2;
}

/** Occurrences of `words` in old text the diff deleted, other than the claim's own. */
function deletedOccurrences(scope: RelocationScope, words: string, own: OwnRange | null) {
  const pad = Math.ceil(words.length * MAX_ERROR_SHARE);
  const windows = padAndMerge(scope.deletedRanges, pad, scope.oldText.length);
  return windows
    .flatMap(([from, to]) => exactMatches(scope.oldText, words, from, to))
    .filter((match) => {
      const length = match.end - match.start;
      const deleted = scope.map.deletedWithin(match.start, match.end);
      const isOwn = own !== null && match.start < own.oldEnd && own.oldStart < match.end;
      return !isOwn && length - deleted <= length * MAX_ERROR_SHARE;
    });
}

function receivingRanges(inserted: readonly Range[], own: OwnRange | null): Range[] {
  if (!own || own.newEnd <= own.newStart) return [...inserted];
  const ranges = [...inserted, [own.newStart, own.newEnd] as const];
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges;
}

function padAndMerge(ranges: readonly Range[], pad: number, length: number): Range[] {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const from = Math.max(0, start - pad);
    const to = Math.min(length, end + pad);
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}
