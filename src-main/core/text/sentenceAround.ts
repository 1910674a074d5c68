/**
 * Abbreviations that end with a full stop but rarely end a sentence, by primary language
 * subtag; `common` applies to every language (Latin and scholarly forms, titles). Unicode's
 * sentence rules (UAX #29, which Intl.Segmenter follows) break after "Dr." before a capital,
 * so without these "Dr. Smith said…" would be cut after "Dr.".
 */
const abbreviations: Record<string, readonly string[]> = {
  common: ['e.g', 'i.e', 'etc', 'vs', 'cf', 'ca', 'approx', 'no', 'nos', 'dr', 'prof', 'st'],
  en: [
    'mr',
    'mrs',
    'ms',
    'jr',
    'sr',
    'gen',
    'col',
    'lt',
    'sgt',
    'capt',
    'gov',
    'sen',
    'rep',
    'rev',
    'hon',
    'pres',
    'inc',
    'ltd',
    'co',
    'corp',
    'dept',
    'univ',
    'est',
    'fig',
    'vol',
    'pp',
    'p',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'mt',
  ],
  es: [
    'sr',
    'sra',
    'srta',
    'dra',
    'ud',
    'uds',
    'pág',
    'págs',
    'núm',
    'art',
    'av',
    'avda',
    'gral',
    'lic',
    'ing',
    'dña',
    'dn',
  ],
  pt: ['sr', 'sra', 'srta', 'dra', 'pág', 'art', 'av', 'eng', 'lic', 'exmo', 'exma'],
  fr: ['m', 'mm', 'mme', 'mmes', 'mlle', 'me', 'pr', 'p', 'art', 'av', 'bd', 'env', 'cf'],
  de: [
    'z.b',
    'bzw',
    'nr',
    'ca',
    'usw',
    'd.h',
    'u.a',
    'hr',
    'fr',
    'abs',
    'str',
    'vgl',
    'ggf',
    'inkl',
    'evtl',
    'bspw',
  ],
  it: ['sig', 'sigg', 'dott', 'ing', 'avv', 'pag', 'art', 'ecc'],
  nl: ['dhr', 'mevr', 'bijv', 'blz', 'nr', 'o.a', 'd.w.z', 'enz'],
};

/** Paired quotation marks, opening → closing; the straight double quote pairs with itself. */
const quotePairs: Readonly<Record<string, string>> = {
  '"': '"',
  '“': '”',
  '„': '“',
  '«': '»',
  '»': '«',
  '「': '」',
  '『': '』',
};

/** The farthest Factdesk looks either side of a claim for its sentence, in UTF-16 units. */
const WINDOW = 2000;
/** A quotation still open after this many characters is taken to be unbalanced, not long. */
const MAX_QUOTED = 1200;

/**
 * The sentence (or sentences) of `text` that hold the span [start, end), as one line of text:
 * the default for a claim's "claim as reviewed". Sentences are found with Intl.Segmenter in
 * the article's `language` (BCP 47; English when empty or unknown), then mended where Unicode's
 * rules cut too early: after an abbreviation or an initial ("Dr. Smith", "J. R. Tolkien"), and
 * inside a quotation that holds several sentences, which is kept whole with its speaker. Line
 * breaks always end a sentence, so a heading never joins the paragraph below it. Offsets are
 * UTF-16 code units; runs of white space in the result become single spaces. Returns "" for an
 * empty span or one outside the text.
 */
export function sentenceAround(text: string, start: number, end: number, language = ''): string {
  return sentenceFinder(text, language)(start, end);
}

/**
 * sentenceAround for many spans of one text: sentences are found once per stretch of text and
 * remembered, so the claims of one paragraph share the work (a report of thousands of claims).
 */
export function sentenceFinder(
  text: string,
  language = '',
): (start: number, end: number) => string {
  const found = new Map<string, Range[]>();
  const segmenter = segmenterFor(language);
  const known = abbreviationsFor(language);
  return (start, end) => {
    if (!(start >= 0 && end > start && end <= text.length)) return '';
    const from = Math.max(lineStart(text, start), start - WINDOW);
    const to = Math.min(lineEnd(text, end), end + WINDOW);
    const key = `${from}:${to}`;
    let sentences = found.get(key);
    if (!sentences) {
      sentences = mendedSentences(text.slice(from, to), segmenter, known);
      found.set(key, sentences);
    }
    let first = -1;
    let last = -1;
    for (const sentence of sentences) {
      const sentenceStart = from + sentence.start;
      const sentenceEnd = from + sentence.end;
      if (sentenceEnd <= start || sentenceStart >= end) continue;
      if (first === -1) first = sentenceStart;
      last = sentenceEnd;
    }
    if (first === -1) return '';
    return text.slice(first, last).replace(/\s+/g, ' ').trim();
  };
}

function lineStart(text: string, offset: number): number {
  const newline = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return newline + 1;
}

function lineEnd(text: string, offset: number): number {
  // A claim may itself cross a line break; its sentence then ends at the line after its end.
  const at = text.slice(offset).search(/[\r\n]/);
  return at === -1 ? text.length : offset + at;
}

interface Range {
  start: number;
  end: number;
}

function segmenterFor(language: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(language || 'en', { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter('en', { granularity: 'sentence' });
  }
}

function mendedSentences(
  text: string,
  segmenter: Intl.Segmenter,
  known: ReadonlySet<string>,
): Range[] {
  const mended: Range[] = [];
  let open: Range | null = null;
  for (const { index, segment } of segmenter.segment(text)) {
    const range = { start: index, end: index + segment.length };
    if (open === null) open = range;
    else open.end = range.end;
    const sentence = text.slice(open.start, open.end);
    const more =
      !/[\r\n]\s*$/.test(sentence) &&
      (endsWithAbbreviation(sentence, known) ||
        (hasOpenQuote(sentence) && sentence.length < MAX_QUOTED));
    if (!more) {
      mended.push(open);
      open = null;
    }
  }
  if (open !== null) mended.push(open);
  return mended;
}

function abbreviationsFor(language: string): ReadonlySet<string> {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return new Set([...(abbreviations.common ?? []), ...(abbreviations[primary] ?? [])]);
}

/**
 * "…Dr. ", "…J. ", "…U.S. ", German "…z. " (of "z. B.") but not "…2023. " or "…percent. ".
 * A single letter before a full stop is an initial or half of a spaced abbreviation far more
 * often than the last word of a sentence.
 */
function endsWithAbbreviation(sentence: string, known: ReadonlySet<string>): boolean {
  const match = /(?:^|[\s(“"'«„])([\p{L}.]+)\.\s*$/u.exec(sentence);
  const word = match?.[1];
  if (!word) return false;
  if (/^\p{L}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) && word.length <= 7) return true; // U.S, e.g, z.B
  return known.has(word.toLowerCase());
}

/** Whether a quotation opened in the sentence is still open at its end. */
function hasOpenQuote(sentence: string): boolean {
  const stack: string[] = [];
  for (const character of sentence) {
    const top = stack[stack.length - 1];
    if (top !== undefined && character === top) stack.pop();
    else if (Object.hasOwn(quotePairs, character)) {
      const closing = quotePairs[character];
      // German „…“ closes with “, which also opens English quotes: a closer wins when one waits.
      if (closing !== undefined) stack.push(closing);
    }
  }
  return stack.length > 0;
}
