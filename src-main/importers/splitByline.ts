import type * as Chrono from 'chrono-node';

type ChronoModule = typeof Chrono;
let chronoLoading: Promise<ChronoModule> | undefined;
/** chrono-node is loaded on first use: most CLI commands never read a byline. */
function loadChrono(): Promise<ChronoModule> {
  chronoLoading ??= import('chrono-node');
  return chronoLoading;
}

/** Bylines are short; anything longer is a paragraph that happens to start with "By". */
const MAX_BYLINE_CHARS = 300;
/** Numeric dates whose day and month could be swapped (04/03/2024) are not guessed at. */
const AMBIGUOUS_NUMERIC_DATE = /^\s*(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}\b/;

export interface Byline {
  author?: string;
  /** YYYY-MM-DD, only when the byline states day, month and year unambiguously. */
  publishedAt?: string;
}

/**
 * Splits a byline that joins author and date ("By Ana Lima · 4 March 2024", "Ana Lima |
 * March 4, 2024, 10:32 GMT", "By A and B — Updated 5 March 2024") into the two. Dates are read
 * by chrono-node; relative dates ("3 hours ago") and day/month orders that could go either way
 * are left out rather than guessed.
 */
export async function splitByline(raw: string): Promise<Byline> {
  const line = raw.replace(/\s+/g, ' ').trim();
  if (!line || line.length > MAX_BYLINE_CHARS) return {};
  const chrono = await loadChrono();

  let author = line;
  let publishedAt: string | undefined;
  const found = chrono.parse(line, new Date(0), { forwardDate: false })[0];
  if (found) {
    const date = calendarDate(found);
    if (date) publishedAt = date;
    // The date and whatever labels it ("Updated", "Published on") go; the rest is the author.
    author = `${line.slice(0, found.index)} ${line.slice(found.index + found.text.length)}`;
  }
  return { author: cleanAuthor(author), publishedAt };
}

function calendarDate(result: Chrono.ParsedResult): string | undefined {
  const start = result.start;
  if (!['year', 'month', 'day'].every((part) => start.isCertain(part as Chrono.Component))) {
    return undefined;
  }
  if (!/\d{4}/.test(result.text)) return undefined; // "3 hours ago" claims a certain year
  const numeric = AMBIGUOUS_NUMERIC_DATE.exec(result.text);
  if (
    numeric &&
    Number(numeric[1]) <= 12 &&
    Number(numeric[2]) <= 12 &&
    numeric[1] !== numeric[2]
  ) {
    return undefined;
  }
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (!year || !month || !day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Words that label a date rather than name a person. */
const DATE_LABEL =
  /^(published|updated|last updated|first published|posted|modified|on|at|am|pm|gmt|utc|bst|cet|cest|est|edt|pst|pdt)$/i;

/**
 * The first part of the byline (split at | · • — –) that names someone, without "By", date
 * labels or dangling punctuation. The input is at most MAX_BYLINE_CHARS long.
 */
function cleanAuthor(text: string): string | undefined {
  for (const part of text.split(/[|·•—–]/)) {
    const words = part
      .split(/\s+/)
      .filter((word) => word && !DATE_LABEL.test(word.replace(/[:.,;]+$/, '')));
    while (words.length > 0 && /^(by|von|par|por|di|door)$/i.test(words[0] ?? '')) words.shift();
    const name = words
      .join(' ')
      .replace(/^[,;:\s]+|[,;:\s]+$/g, '')
      .replace(/\s+(and|&)$/i, '');
    if (/\p{L}/u.test(name)) return name;
  }
  return undefined;
}
