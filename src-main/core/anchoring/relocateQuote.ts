import { CONTEXT_LENGTH, type QuoteSelector } from '../model';
import type { Candidate } from './anchoringTypes';
import { linesAreParagraphs } from './compareContext';
import type { ChangeMap } from './createChangeMap';
import { NEAR_WINDOW, toCandidate } from './findCandidates';
import { compareContextIn } from './scoreCandidate';
import {
  MAX_ERROR_SHARE,
  exactMatches,
  fuzzyMatches,
  fuzzySearchCost,
  maxFuzzyErrors,
  quoteEdges,
  type QuoteMatch,
} from './findQuoteMatches';
import { toMatchable, toMatchableRanges, type MatchableText } from './matchableText';
import { SUPPORT_MARGIN, weighCandidates, type Choice } from './weighCandidates';
import { boundaryRequirement, respectsBoundaries } from './wordBoundaries';
/**
 * Code units of text that approximate search outside the expected neighbourhood may scan in
 * one re-anchoring run: five passes over a 1 MB article. Claims not found within it go to
 * review, where candidates are looked for one claim at a time.
 */
export const DEFAULT_FUZZY_SCAN_BUDGET = 5_000_000;
/**
 * What one approximate search of an inserted stretch costs the budget, whatever its length:
 * setting up the search costs about what scanning 64 KB does. Thousands of short stretches
 * (an article edited word by word throughout) would otherwise be searched one by one for every
 * claim not found exactly; so a few claims are, and the rest go to review.
 */
const FUZZY_CALL_COST = 65_536;
/**
 * How far around each inserted (and deleted) stretch the text is reduced for matching, once
 * per run. Searches pad a stretch by about half their quote's length, so quotes up to some
 * 2,000 characters are searched there; longer ones reduce the whole text.
 */
const COVER_PAD = 1024;
/**
 * Places whose context does not contradict the claim's that are scored in full, at most. More
 * than this many equally possible places for one quote (a phrase repeated throughout an
 * article) cannot be told apart: the claim is ambiguous and goes to review.
 */
export const MAX_WEIGHED_PLACES = 50;

type Range = readonly [number, number];

/** What relocation needs to know about one old → new change, computed once per run. */
export interface RelocationScope {
  readonly oldText: string;
  readonly newText: string;
  readonly map: ChangeMap;
  /** The diff before coincidental equalities were folded in: decides what counts as inserted. */
  readonly strictMap: ChangeMap;
  readonly insertedRanges: readonly Range[];
  /** Remaining code units that whole-text approximate search may scan. */
  fuzzyScanBudget: number;
  /** What ends a paragraph in the new text (see linesAreParagraphs), and in the old one. */
  readonly linesAreParagraphs: boolean;
  readonly oldLinesAreParagraphs: boolean;
  /** Both texts reduced for matching, each made once, on first use: most runs never search. */
  matchableNew(): MatchableText;
  matchableOld(): MatchableText;
  /** The inserted stretches, COVER_PAD around, reduced once, on first use. */
  insertedNew(): MatchableText;
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
  let reducedNew: MatchableText | undefined;
  let reducedOld: MatchableText | undefined;
  let coveredNew: MatchableText | undefined;
  return {
    oldText,
    newText,
    map,
    strictMap,
    insertedRanges: strictMap.insertedRanges(),
    fuzzyScanBudget,
    linesAreParagraphs: linesAreParagraphs(newText),
    oldLinesAreParagraphs: linesAreParagraphs(oldText),
    matchableNew: () => (reducedNew ??= toMatchable(newText)),
    matchableOld: () => (reducedOld ??= toMatchable(oldText)),
    insertedNew: () =>
      (coveredNew ??= toMatchableRanges(
        newText,
        padAndMerge(strictMap.insertedRanges(), COVER_PAD, newText.length),
      )),
  };
}

/**
 * Looks for a claim whose text the diff did not keep in place. Only text that the new version
 * inserted (or the claim's own surviving text) may receive it: a moved paragraph is a deletion
 * plus an insertion, whereas text that already existed is another occurrence of the same
 * words, never the claim. What is found is weighed by the evidence rule (weighCandidates):
 * quote and context must both agree, and several equally good places mean no choice at all.
 * A place found elsewhere that another place of the old text fitted as well (a twin sentence,
 * another claim's paragraph moving) is ambiguous too: the selector never told them apart.
 * Exact occurrences are tried before approximate ones, and approximate ones near the expected
 * position before the rest; a stage that finds a convincing or an ambiguous answer ends the
 * search, and so do copies of the same words with other surroundings (an edited copy
 * elsewhere would be no likelier to be the claim).
 */
export function relocateQuote(
  scope: RelocationScope,
  selector: QuoteSelector,
  expectedStart: number,
  own: OwnRange | null,
): Choice {
  const quote = selector.exact;
  const { newText } = scope;
  const nothing: Choice = { kind: 'none', lookalike: false };
  const maxErrors = maxFuzzyErrors(quote);
  const receiving = receivingRanges(scope.insertedRanges, own);
  if (receiving.length === 0) return nothing;
  const pad = Math.ceil(quote.length * MAX_ERROR_SHARE) + maxErrors;
  const areas = searchAreas(scope, pad, own);
  const requirement = boundaryRequirement(selector);
  const edges = quoteEdges(selector);
  let occurrenceCount: number | undefined;
  const occurrences = () =>
    (occurrenceCount ??= exactMatches(scope.matchableNew(), quote, 0, newText.length, edges).filter(
      (match) => respectsBoundaries(newText, match.start, match.end, requirement),
    ).length);

  /** Places that no side of context contradicts: only these are scored in full. */
  const pool: Candidate[] = [];
  let sameWordsSeen = false;
  let lookalike = false;
  const weigh = (found: readonly Found[]): Choice | null => {
    for (const { match, target } of found) {
      if (!respectsBoundaries(newText, match.start, match.end, requirement)) continue;
      if (!isMostlyReceiving(scope, match, own)) continue;
      if (match.errors === 0) sameWordsSeen = true;
      const { start, end } = match;
      const context = compareContextIn(target, selector, start, end, scope.linesAreParagraphs);
      if (
        context.prefixContext.kind === 'different' ||
        context.suffixContext.kind === 'different'
      ) {
        lookalike ||= match.errors === 0;
        continue;
      }
      if (pool.length >= MAX_WEIGHED_PLACES) return { kind: 'ambiguous', candidates: pool };
      pool.push(
        toCandidate(newText, selector, match, {
          expectedStart,
          linesAreParagraphs: scope.linesAreParagraphs,
        }),
      );
    }
    const choice = weighCandidates(pool, selector, occurrences);
    if (choice.kind === 'none') return null;
    const candidate = choice.kind === 'found' ? choice.candidate : null;
    if (
      candidate &&
      candidate.start !== expectedStart &&
      hasRivalInOldText(scope, selector, candidate, own)
    ) {
      return { kind: 'ambiguous', candidates: [candidate] };
    }
    return choice;
  };

  const exact = weigh(
    distinct(
      areas.flatMap(({ target, from, to }) =>
        exactMatches(target, quote, from, to, edges).map((match) => ({ match, target })),
      ),
    ),
  );
  if (exact) return exact;
  // The same words were inserted, but with other surroundings: an edited copy elsewhere is
  // no likelier to be the claim, so approximate search is not worth its time here.
  if (maxErrors === 0 || sameWordsSeen) return { kind: 'none', lookalike };

  const reach = NEAR_WINDOW + quote.length + maxErrors;
  const nearFrom = expectedStart - reach;
  const nearTo = expectedStart + reach;
  const near = weigh(
    distinct(
      areas.flatMap(({ target, from, to }) =>
        to <= nearFrom || from >= nearTo
          ? []
          : fuzzyMatches(
              target,
              quote,
              maxErrors,
              Math.max(from, nearFrom),
              Math.min(to, nearTo),
              scope,
            ).map((match) => ({ match, target })),
      ),
    ),
  );
  if (near) return near;

  const everywhere: Found[] = [];
  for (const { target, from, to } of areas) {
    const cost = fuzzySearchCost(quote, to - from) + FUZZY_CALL_COST;
    if (scope.fuzzyScanBudget < cost) break;
    scope.fuzzyScanBudget -= cost;
    for (const match of fuzzyMatches(target, quote, maxErrors, from, to, scope)) {
      everywhere.push({ match, target });
    }
  }
  return weigh(distinct(everywhere)) ?? { kind: 'none', lookalike };
}

interface SearchArea {
  readonly target: MatchableText;
  readonly from: number;
  readonly to: number;
}

/**
 * Where a claim may be searched for: the inserted stretches, `pad` around, in the once-reduced
 * inserted text, and the claim's own surviving text, reduced for this claim alone; each with
 * room for the context of what is found there. A pad too wide for COVER_PAD searches the whole
 * new text.
 */
function searchAreas(scope: RelocationScope, pad: number, own: OwnRange | null): SearchArea[] {
  const { newText } = scope;
  if (pad + CONTEXT_LENGTH > COVER_PAD) {
    const target = scope.matchableNew();
    return padAndMerge(receivingRanges(scope.insertedRanges, own), pad, newText.length).map(
      ([from, to]) => ({ target, from, to }),
    );
  }
  const areas: SearchArea[] = [];
  if (scope.insertedRanges.length > 0) {
    const target = scope.insertedNew();
    for (const [from, to] of padAndMerge(scope.insertedRanges, pad, newText.length)) {
      areas.push({ target, from, to });
    }
  }
  if (own && own.newEnd > own.newStart) {
    const from = Math.max(0, own.newStart - pad);
    const to = Math.min(newText.length, own.newEnd + pad);
    const covered = [[from - CONTEXT_LENGTH, to + CONTEXT_LENGTH]] as const;
    areas.push({ target: toMatchableRanges(newText, covered), from, to });
  }
  return areas;
}

/** A match and the reduced text it was found in, where its context is read. */
interface Found {
  readonly match: QuoteMatch;
  readonly target: MatchableText;
}

/** Matches found twice (in an inserted stretch and in the claim's own text) counted once. */
function distinct(found: readonly Found[]): Found[] {
  const seen = new Set<string>();
  return found.filter(({ match }) => {
    const key = `${match.start} ${match.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether the old text already held another place that fits the claim's selector about as well
 * as the place found now. Then the selector never told the claim from that other place (two
 * people saying the same sentence, with the same words around a short quote), so the found
 * words could as well have come from there, and choosing would be a guess.
 */
function hasRivalInOldText(
  scope: RelocationScope,
  selector: QuoteSelector,
  found: Candidate,
  own: OwnRange | null,
): boolean {
  const { oldText } = scope;
  const requirement = boundaryRequirement(selector);
  const old = scope.matchableOld();
  const matches = exactMatches(old, selector.exact, 0, oldText.length, quoteEdges(selector));
  return matches.some((match) => {
    if (own && match.start < own.oldEnd && own.oldStart < match.end) return false;
    if (!respectsBoundaries(oldText, match.start, match.end, requirement)) return false;
    const { start, end } = match;
    const rival = compareContextIn(old, selector, start, end, scope.oldLinesAreParagraphs);
    const contradicted =
      rival.prefixContext.kind === 'different' || rival.suffixContext.kind === 'different';
    return !contradicted && rival.support + SUPPORT_MARGIN > found.components.support;
  });
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
