import { toWellFormedText } from '../core/text/wellFormedText';
import type { ImportResult } from './ImportResult';

/** Control characters no reader shows (NUL and friends; tab, LF, VT, FF and CR are kept). */
// eslint-disable-next-line no-control-regex
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/**
 * The last step of every import, whatever the format: lone surrogates (from a PDF's font map,
 * a Word character reference, …) become U+FFFD one for one, and invisible control characters
 * such as NUL are removed, each counted in a warning. Without this the contract would refuse
 * the text, or SQLite would store a lone surrogate as three U+FFFD and shift every offset after
 * it. Left-out offsets (`at`, UTF-16 code units) are moved to match the removals.
 */
export function mendImportedText(result: ImportResult): ImportResult {
  const { text: wellFormed, replaced } = toWellFormedText(result.text);
  const removedAt: number[] = [];
  const text = wellFormed.replace(INVISIBLE_CONTROLS, (_match, offset: number) => {
    removedAt.push(offset);
    return '';
  });
  const warnings = [...result.warnings];
  if (replaced > 0) {
    warnings.push(
      `${plural(replaced, 'damaged character')} (half of a UTF-16 surrogate pair) ` +
        `${replaced === 1 ? 'was' : 'were'} shown as � (U+FFFD); check the text against the original.`,
    );
  }
  if (removedAt.length > 0) {
    warnings.push(
      `${plural(removedAt.length, 'invisible control character')} (such as NUL) ` +
        `${removedAt.length === 1 ? 'was' : 'were'} removed from the text.`,
    );
  }
  if (replaced === 0 && removedAt.length === 0 && allWellFormed(result)) return result;
  const shift = (at: number) => at - removedAt.filter((offset) => offset < at).length;
  return {
    ...result,
    text,
    warnings,
    meta: mendStrings(result.meta),
    coverage: {
      ...result.coverage,
      leftOut: result.coverage.leftOut.map((passage) => ({
        ...passage,
        text: toWellFormedText(passage.text).text,
        at: shift(passage.at),
      })),
    },
    ...(result.encoding
      ? {
          encoding: {
            ...result.encoding,
            alternatives: result.encoding.alternatives.map((candidate) => ({
              ...candidate,
              sample: toWellFormedText(candidate.sample).text,
            })),
          },
        }
      : {}),
  };
}

function allWellFormed(result: ImportResult): boolean {
  const strings = [
    ...Object.values(result.meta).filter((value): value is string => typeof value === 'string'),
    ...result.coverage.leftOut.map((passage) => passage.text),
    ...(result.encoding?.alternatives.map((candidate) => candidate.sample) ?? []),
  ];
  return strings.every((value) => toWellFormedText(value).replaced === 0);
}

function mendStrings<T extends object>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [
      key,
      typeof value === 'string' ? toWellFormedText(value).text : value,
    ]),
  ) as T;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
