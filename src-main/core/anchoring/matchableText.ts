import { createQuoteIndex, type QuoteIndex } from './quoteIndex';

/**
 * A text reduced to what quote matching compares, with every unit of the reduced text mapped
 * back to the UTF-16 range of the stored text it came from. Matching happens on `text`; offsets
 * handed back to callers are always offsets into `original`.
 */
export interface MatchableText {
  readonly original: string;
  /** The reduced text (see toMatchable). */
  readonly text: string;
  /** For each unit of `text`: the UTF-16 offset in `original` where its source starts... */
  readonly starts: Int32Array;
  /** ...and where it ends. Units expanded from one character share its start and end. */
  readonly ends: Int32Array;
  /** An index for looking up many quotes quickly, when the caller asked for one (withQuoteIndex). */
  readonly index?: QuoteIndex;
}

/** The same reduced text with a quote index, for callers that look up thousands of quotes. */
export function withQuoteIndex(matchable: MatchableText): MatchableText {
  return matchable.index ? matchable : { ...matchable, index: createQuoteIndex(matchable.text) };
}

/**
 * Stands between two stretches in toMatchableRanges: a noncharacter, which reduction never
 * produces (toMatchable turns U+FFFF in a text into U+FFFD), so no match can span it.
 */
const STRETCH_SEPARATOR = 0xffff;

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const QUOTATION_MARK = 0x22;
/** Below this, a character is its own canonical decomposition (Latin-1 letters start at U+00C0). */
const FIRST_DECOMPOSABLE = 0xc0;
const COMBINING_MARK = /\p{M}/u;
/** Per BMP code unit: 0 not yet known, 1 a combining mark, 2 not one. Filled as text is seen. */
const markKnown = new Uint8Array(0x10000);
/** Canonical decompositions of single BMP characters already seen (most text repeats a few). */
const decompositions = new Map<number, string>();

function isCombiningMark(unit: number): boolean {
  let known = markKnown[unit];
  if (!known) {
    known = COMBINING_MARK.test(String.fromCharCode(unit)) ? 1 : 2;
    markKnown[unit] = known;
  }
  return known === 1;
}

function decompose(text: string, start: number, end: number): string {
  if (end - start !== 1) return text.slice(start, end).normalize('NFD');
  const unit = text.charCodeAt(start);
  let decomposed = decompositions.get(unit);
  if (decomposed === undefined) {
    decomposed = String.fromCharCode(unit).normalize('NFD');
    decompositions.set(unit, decomposed);
  }
  return decomposed;
}

/**
 * Space, tab, line ends (LF, CR, VT, FF, NEL), the no-break space and the other Unicode space
 * separators, and the line and paragraph separators. A run of them compares as one space.
 */
export function isMatchSpace(unit: number): boolean {
  return (
    unit === SPACE ||
    (unit >= 0x09 && unit <= 0x0d) ||
    unit === 0x85 ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000
  );
}

/**
 * Characters that pasted and exported text gains or loses without anyone seeing it: the soft
 * hyphen, zero-width space, zero-width (non-)joiner, word joiner and the zero-width no-break
 * space (byte-order mark). Matching skips them.
 */
function isIgnorable(unit: number): boolean {
  return (
    unit === 0xad ||
    unit === 0x200b ||
    unit === 0x200c ||
    unit === 0x200d ||
    unit === 0x2060 ||
    unit === 0xfeff
  );
}

/** Curly, low-9 and reversed quotation marks, the modifier apostrophe and primes fold to ' and ". */
function foldQuote(unit: number): number {
  switch (unit) {
    case STRETCH_SEPARATOR:
      return 0xfffd;
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x02bc:
      return APOSTROPHE;
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
      return QUOTATION_MARK;
    default:
      return unit;
  }
}

/**
 * Reduces `original` for quote matching:
 * - every run of white space (see isMatchSpace), CRLF and lone CR included, becomes one space;
 * - soft hyphens and zero-width characters are dropped;
 * - curly quotation marks and apostrophes become straight ones;
 * - each character with its combining marks is put in canonical decomposition (NFD), so NFC
 *   and NFD spellings of the same words compare equal.
 * Runs in one pass, O(n); characters below U+00C0 take a fast path.
 */
export function toMatchable(original: string): MatchableText {
  return reduceStretches(original, [[0, original.length]]);
}

/**
 * toMatchable for some stretches of `original` only (sorted, not overlapping), each widened
 * to whole characters and white-space runs, joined so that no match spans two of them, with
 * offsets still into the whole of `original`. Searching the stretches an edit inserted then
 * costs what they are long, not what the article is. Searches must stay inside the stretches.
 */
export function toMatchableRanges(
  original: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): MatchableText {
  const stretches: Array<[number, number]> = [];
  let covered = 0;
  for (const [from, to] of ranges) {
    let start = Math.max(covered, from);
    let end = Math.min(original.length, to);
    while (start > covered && !isCleanCut(original, start)) start--;
    while (end < original.length && !isCleanCut(original, end)) end++;
    if (end <= start) continue;
    stretches.push([start, end]);
    covered = end;
  }
  return reduceStretches(original, stretches);
}

/** The one reduction loop behind toMatchable and toMatchableRanges. */
function reduceStretches(
  original: string,
  stretches: ReadonlyArray<readonly [number, number]>,
): MatchableText {
  let capacity = 16;
  for (const [from, to] of stretches) capacity += to - from + 1;
  let units = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let size = 0;

  for (let stretch = 0; stretch < stretches.length; stretch++) {
    const [from, length] = stretches[stretch] as readonly [number, number];
    /** Whether the last unit written is a space standing for a run that may still grow. */
    let inSpaceRun = false;
    let i = from;
    while (i < length) {
      const unit = original.charCodeAt(i);
      const after = original.charCodeAt(i + 1);
      if (
        unit < 0x7f &&
        unit > 0x20 &&
        (after < 0x300 || i + 1 >= length || !isCombiningMark(after))
      ) {
        // Printable ASCII not followed by a combining mark: the common case, kept free of calls.
        units[size] = unit;
        starts[size] = i;
        ends[size] = i + 1;
        size++;
        i++;
        inSpaceRun = false;
        continue;
      }
      if (isMatchSpace(unit)) {
        if (inSpaceRun) ends[size - 1] = i + 1;
        else {
          units[size] = SPACE;
          starts[size] = i;
          ends[size] = i + 1;
          size++;
          inSpaceRun = true;
        }
        i++;
        continue;
      }
      if (isIgnorable(unit)) {
        if (inSpaceRun) ends[size - 1] = i + 1;
        i++;
        continue;
      }
      inSpaceRun = false;
      const next = i + 1 < length ? original.charCodeAt(i + 1) : 0;
      const markFollows = next >= 0x300 && isCombiningMark(next);
      if (unit < FIRST_DECOMPOSABLE && !markFollows) {
        units[size] = unit;
        starts[size] = i;
        ends[size] = i + 1;
        size++;
        i++;
        continue;
      }
      // One character (a whole surrogate pair) and the combining marks that follow it.
      let end = i + (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
      while (end < length) {
        const following = original.charCodeAt(end);
        if (following < 0x300) break;
        if (following >= 0xd800 && following <= 0xdbff) {
          const codePoint = original.codePointAt(end) ?? 0;
          if (codePoint <= 0xffff || !COMBINING_MARK.test(String.fromCodePoint(codePoint))) break;
          end += 2;
        } else if (isCombiningMark(following)) end++;
        else break;
      }
      const decomposed = decompose(original, i, end);
      const needed = size + decomposed.length + (length - end) + (stretches.length - stretch);
      if (needed > capacity) {
        // Decomposition lengthened the text; the rest cannot need more than one unit per unit.
        capacity = Math.max(capacity * 2, needed + 16);
        const grownUnits = new Uint16Array(capacity);
        grownUnits.set(units.subarray(0, size));
        units = grownUnits;
        const grownStarts = new Int32Array(capacity);
        grownStarts.set(starts.subarray(0, size));
        starts = grownStarts;
        const grownEnds = new Int32Array(capacity);
        grownEnds.set(ends.subarray(0, size));
        ends = grownEnds;
      }
      // Text already decomposed maps unit for unit, so a claim cut between a letter and its
      // accent can still be found where it was cut; composed text maps to the whole character.
      const unitForUnit = decomposed.length === end - i;
      for (let k = 0; k < decomposed.length; k++) {
        units[size] = foldQuote(decomposed.charCodeAt(k));
        starts[size] = unitForUnit ? i + k : i;
        ends[size] = unitForUnit ? i + k + 1 : end;
        size++;
      }
      i = end;
    }
    if (stretches.length > 1) {
      units[size] = STRETCH_SEPARATOR;
      starts[size] = length;
      ends[size] = length;
      size++;
    }
  }

  let text = '';
  const CHUNK = 8192;
  for (let from = 0; from < size; from += CHUNK) {
    text += String.fromCharCode.apply(
      null,
      units.subarray(from, Math.min(size, from + CHUNK)) as unknown as number[],
    );
  }
  return { original, text, starts: starts.subarray(0, size), ends: ends.subarray(0, size) };
}

/** Whether cutting `text` at `offset` keeps every character and white-space run whole. */
function isCleanCut(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (isMatchSpace(before) || isIgnorable(before) || isMatchSpace(after) || isIgnorable(after)) {
    return false;
  }
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return false;
  return after < 0x300 || !isCombiningMark(after);
}

/** The quotes reduced last: searches ask for the same quote window after window. */
const recentQuotes = new Map<string, string>();
const RECENT_QUOTES = 16;

/** The reduced form of a quote: as toMatchable, without the white space at either end. */
export function matchableQuote(quote: string): string {
  const known = recentQuotes.get(quote);
  if (known !== undefined) return known;
  const reduced = reduceQuote(quote);
  if (recentQuotes.size >= RECENT_QUOTES) recentQuotes.clear();
  recentQuotes.set(quote, reduced);
  return reduced;
}

function reduceQuote(quote: string): string {
  const reduced = toMatchable(quote).text;
  const from = reduced.charCodeAt(0) === SPACE ? 1 : 0;
  const to = reduced.charCodeAt(reduced.length - 1) === SPACE ? reduced.length - 1 : reduced.length;
  // A quote of white space alone is its one space; any other quote loses it at its ends.
  return to > from ? reduced.slice(from, to) : reduced.slice(0, 1);
}

/**
 * Whether two quotes are the same words for Factdesk: equal once reduced (white space, line
 * ends, canonical equivalence, invisible characters and quotation mark styles aside).
 */
export function sameWords(a: string, b: string): boolean {
  return a === b || matchableQuote(a) === matchableQuote(b);
}

/**
 * Whether reduced index `index` starts a character of the original, not the middle of one:
 * not inside a composed character, nor between a letter and the combining marks after it.
 */
export function isUnitBoundary(matchable: MatchableText, index: number): boolean {
  const { starts, text } = matchable;
  if (index <= 0 || index >= starts.length) return true;
  if (starts[index] === starts[index - 1]) return false;
  const unit = text.charCodeAt(index);
  if (unit >= 0xdc00 && unit <= 0xdfff) {
    const before = text.charCodeAt(index - 1);
    if (before >= 0xd800 && before <= 0xdbff) return false;
  }
  return unit < 0x300 || !isCombiningMark(unit);
}

/** The first reduced index whose source starts at or after UTF-16 offset `offset`. */
export function reducedIndexAt(matchable: MatchableText, offset: number): number {
  const { starts } = matchable;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The UTF-16 range of `original` that reduced units [from, to) came from; to > from. */
export function originalRange(
  matchable: MatchableText,
  from: number,
  to: number,
): { start: number; end: number } {
  return { start: matchable.starts[from] ?? 0, end: matchable.ends[to - 1] ?? 0 };
}
