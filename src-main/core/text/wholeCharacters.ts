/**
 * What a reader sees as one character may be several code points: a letter and its combining
 * accents ("e" + U+0308 reads "ë"), an emoji joined by zero-width joiners (a family), an emoji
 * with a skin-tone modifier, a flag (two regional indicators), a Hangul syllable spelt in jamo,
 * a Devanagari conjunct. Unicode calls these extended grapheme clusters (UAX #29); Factdesk
 * finds them with Intl.Segmenter. A claim that begins or ends inside one would quote words the
 * text does not show ("Zoe" where the text reads "Zoë"), so spans are checked against them.
 */

/** One user-perceived character: its UTF-16 offsets and its text. */
export interface WholeCharacter {
  /** UTF-16 offset of its first code unit. */
  start: number;
  /** UTF-16 offset just after its last code unit. */
  end: number;
  text: string;
}

/** Where a span's end falls inside a character, and which character that is. */
export interface CharacterCut {
  /** Which end of the span cuts the character. */
  edge: 'start' | 'end';
  /** The end's UTF-16 offset, strictly between `character.start` and `character.end`. */
  offset: number;
  character: WholeCharacter;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Below U+0300 no code point joins the one before or after it, but CR with LF. */
const FIRST_JOINING = 0x300;
/** Code units segmented after the offset at first; doubled while a character runs past them. */
const WINDOW_AFTER = 64;

let graphemes: Intl.Segmenter | undefined;

function segmenter(): Intl.Segmenter {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return graphemes;
}

/**
 * The character that UTF-16 offset `offset` falls strictly inside, or null when the offset is
 * between two characters, at either end of the text, or outside it. A lone surrogate is a
 * character of its own. Segments only the text near the offset (see windowStart), so it costs
 * about a paragraph, not the article.
 */
export function characterAround(text: string, offset: number): WholeCharacter | null {
  if (!Number.isInteger(offset) || offset <= 0 || offset >= text.length) return null;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before < FIRST_JOINING && after < FIRST_JOINING) {
    if (before !== CARRIAGE_RETURN || after !== LINE_FEED) return null;
  }
  const from = windowStart(text, offset);
  for (let extra = WINDOW_AFTER; ; extra *= 2) {
    const to = Math.min(text.length, offset + extra);
    const window = text.slice(from, to);
    const found = segmenter()
      .segment(window)
      .containing(offset - from);
    if (!found) return null;
    const start = from + found.index;
    const end = start + found.segment.length;
    // The window may have cut the character short; look further unless the text ends there.
    if (end === to && to < text.length) continue;
    return start === offset ? null : { start, end, text: found.segment };
  }
}

/** Code units looked back over for a line start before a nearer safe start is sought. */
const LOOK_BACK = 4_096;
const COMBINING_MARK = /^\p{M}/u;

/**
 * Whether a code point may join the character before it (grapheme Extend, ZWJ and SpacingMark,
 * roughly: marks, joiners, emoji modifiers, tag characters, a few vowel signs coded as letters).
 */
function joinsBefore(codePoint: number): boolean {
  return (
    codePoint === 0x200c ||
    codePoint === 0x200d ||
    codePoint === 0x0e33 ||
    codePoint === 0x0eb3 ||
    codePoint === 0xff9e ||
    codePoint === 0xff9f ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0020 && codePoint <= 0xe007f) ||
    COMBINING_MARK.test(String.fromCodePoint(codePoint))
  );
}

/**
 * Where segmenting may start for `offset` with the same result as from the start of the text:
 * after the last line feed before it (every grapheme rule starts afresh there); on a line longer
 * than LOOK_BACK, after the nearest space that nothing joins onto, since no rule looks back
 * past a space either. A line without one is segmented from its start.
 */
function windowStart(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (offset - lineStart <= LOOK_BACK) return lineStart;
  for (let space = text.lastIndexOf(' ', offset - 1); space >= lineStart;) {
    if (!joinsBefore(text.codePointAt(space + 1) ?? 0)) {
      return space + 1;
    }
    space = space > 0 ? text.lastIndexOf(' ', space - 1) : -1;
  }
  return lineStart;
}

/**
 * The characters that span [start, end) (UTF-16 offsets) cuts at its start and at its end, in
 * that order; empty when both ends fall between characters. Offsets outside the text cut
 * nothing here: range checks are the caller's.
 */
export function charactersCutBy(text: string, start: number, end: number): CharacterCut[] {
  const cuts: CharacterCut[] = [];
  for (const [edge, offset] of [
    ['start', start],
    ['end', end],
  ] as const) {
    const character = characterAround(text, offset);
    if (character) cuts.push({ edge, offset, character });
  }
  return cuts;
}

/**
 * The span [start, end) (UTF-16 offsets) widened outward to whole characters: a start inside a
 * character moves to that character's start, an end inside one to its end. Unchanged when it
 * cuts none. Used to snap a checker's selection before it is marked, and an imported
 * annotation's place before it becomes a claim.
 */
export function toWholeCharacters(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  return {
    start: characterAround(text, start)?.start ?? start,
    end: characterAround(text, end)?.end ?? end,
  };
}

/**
 * What is wrong with a span that cuts a character, in plain words for the checker: which
 * character, and what the span would read against what the text shows there. `what` names the
 * span ("The claim", "The selection"); the caller adds what to do. Offsets are UTF-16.
 */
export function describeCharacterCut(
  text: string,
  span: { start: number; end: number },
  cut: CharacterCut,
  what = 'The claim',
): string {
  const { character } = cut;
  const whole = toWholeCharacters(text, span.start, span.end);
  const reads = nearCut(text.slice(span.start, span.end), cut.edge);
  const shows = nearCut(text.slice(whole.start, whole.end), cut.edge);
  return `${what} ${cut.edge === 'start' ? 'starts' : 'ends'} inside the character “${character.text}” (${codePoints(character.text)}), which is one letter or symbol on screen: it would read “${reads}” where the text reads “${shows}”.`;
}

/** Code points shown around a cut, so a long claim's message stays short. */
const SHOWN_NEAR_CUT = 30;

function nearCut(words: string, edge: 'start' | 'end'): string {
  if (words.length <= SHOWN_NEAR_CUT * 2) return words;
  const points = [...words];
  return edge === 'start'
    ? `${points.slice(0, SHOWN_NEAR_CUT).join('')}…`
    : `…${points.slice(-SHOWN_NEAR_CUT).join('')}`;
}

/** A character's code points as U+XXXX, since its parts may not show on their own. */
function codePoints(character: string): string {
  return [...character]
    .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');
}
