import { foldWord } from './foldWord';

/** A number as a claim states it. */
export interface Quantity {
  /** The words it was read from, for telling the checker what differs. */
  text: string;
  /**
   * Every value the digits can mean: "1.100" is 1.1 in English and 1,100 in Spanish, so both
   * are kept and two quantities agree when any of their readings do.
   */
  values: number[];
  /** "%" for percentages and percentage points, "" otherwise. */
  unit: '%' | '';
  /** Said with a scale word ("1.1 million", "3 mil"): a rounded figure. */
  rounded: boolean;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  thousands: 1e3,
  mil: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  millon: 1e6,
  millones: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  trillion: 1e12,
  billon: 1e12,
  billones: 1e12,
};

/** Number words that are not also everyday words ("one", "un", "once" are left out). */
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
  ciento: 100,
  half: 0.5,
  mitad: 0.5,
};

const PERCENT =
  /^(?:%|percent|per\s?cent|por\s?ciento|percentage\s+points?|puntos\s+porcentuales)/iu;

/**
 * Digits with thousands separators or a decimal part ("1,100", "1.100", "3,5", "110"), an
 * optional scale word and an optional percent. Linear: no nested quantifiers.
 */
const NUMBER =
  /(?<![\p{L}\p{N}])(\d{1,3}(?:[.,\u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?(?![\p{N}])(?:\s?(%|percent\b|per\s?cent\b|por\s?ciento\b|percentage\s+points?\b|puntos\s+porcentuales\b))?(?:\s(mil\s+millones|[\p{L}]+))?/giu;

const WORD = /[\p{L}]+/gu;

function readings(whole: string, fraction: string | undefined): number[] {
  const groups = whole.split(/[.,\u00a0\u202f]/u);
  const values = new Set<number>();
  if (groups.length > 1) {
    // Thousands groups: "1,100" or "1.100". With two groups it may also be a decimal.
    values.add(Number(groups.join('')) + (fraction ? Number(`0.${fraction}`) : 0));
    if (groups.length === 2 && !fraction && /[.,]/u.test(whole)) {
      values.add(Number(`${groups[0]}.${groups[1]}`));
    }
  } else {
    values.add(Number(fraction ? `${whole}.${fraction}` : whole));
  }
  return [...values].filter(Number.isFinite);
}

/**
 * The numbers a claim states, with their scale ("1.1 million" → 1,100,000) and whether they
 * are percentages. Years and counts are numbers like any other: "in 2019" and "in 2020" are
 * different claims.
 */
export function extractQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const covered: [number, number][] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [all, whole = '', fraction, percent, after] = match;
    let scale = 1;
    let used = all;
    const scaleWord = after ? foldWord(after.replace(/\s+/gu, ' ')) : '';
    if (scaleWord === 'mil millones') scale = 1e9;
    else if (scaleWord in SCALES) scale = SCALES[scaleWord] ?? 1;
    else if (after) used = all.slice(0, all.length - after.length - 1);
    const values = readings(whole, fraction).map((value) => value * scale);
    found.push({
      text: used.trim(),
      values,
      unit: percent || PERCENT.test(scaleWord) ? '%' : '',
      rounded: scale !== 1,
    });
    covered.push([match.index, match.index + used.length]);
  }
  for (const match of text.matchAll(WORD)) {
    const value = NUMBER_WORDS[foldWord(match[0])];
    if (value === undefined) continue;
    if (covered.some(([from, to]) => match.index >= from && match.index < to)) continue;
    const rest = text.slice(match.index + match[0].length).trimStart();
    const scaleMatch = /^[\p{L}]+/u.exec(rest);
    const scale = scaleMatch ? (SCALES[foldWord(scaleMatch[0])] ?? 1) : 1;
    found.push({
      text: match[0],
      values: [value * scale],
      unit: PERCENT.test(rest) ? '%' : '',
      rounded: scale !== 1,
    });
  }
  return found;
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The value rounded to the number of significant digits `like` is written with. */
function roundedLike(value: number, like: number): number {
  const digits = String(like).replace(/^0\.0*|\.|0+$/gu, '').length || 1;
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Math.round(value / magnitude) * magnitude;
}

/**
 * Whether two quantities state the same figure: the same unit, and a reading in common;
 * a figure said with a scale word also agrees with the exact figure it rounds
 * ("1.1 million" and "1,096,000"), but plain counts must be equal ("110" is not "11" or "111").
 */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit) return false;
  for (const x of a.values) {
    for (const y of b.values) {
      if (sameValue(x, y)) return true;
      if (a.rounded && sameValue(x, roundedLike(y, x))) return true;
      if (b.rounded && sameValue(y, roundedLike(x, y))) return true;
    }
  }
  return false;
}
