import type { QuoteSelector } from '../model';
import { isHighSurrogate, isLowSurrogate } from './surrogates';

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}\p{Pc}]/u;

/** Which ends of a match must fall on a word boundary for it to be the claim's text. */
export interface BoundaryRequirement {
  readonly start: boolean;
  readonly end: boolean;
}

/**
 * A claim that began at the start of a word must match at the start of a word, and likewise
 * at its end: this stops "men" from matching inside "government". A claim that was cut out of
 * a longer word (its context continues the word) may match inside words.
 */
export function boundaryRequirement(selector: QuoteSelector): BoundaryRequirement {
  const { exact, prefix, suffix } = selector;
  return {
    start:
      isWordCharacter(codePointAfter(exact, 0)) &&
      !isWordCharacter(codePointBefore(prefix, prefix.length)),
    end:
      isWordCharacter(codePointBefore(exact, exact.length)) &&
      !isWordCharacter(codePointAfter(suffix, 0)),
  };
}

export function respectsBoundaries(
  text: string,
  start: number,
  end: number,
  requirement: BoundaryRequirement,
): boolean {
  if (requirement.start && isWordCharacter(codePointBefore(text, start))) return false;
  if (requirement.end && isWordCharacter(codePointAfter(text, end))) return false;
  return true;
}

function isWordCharacter(codePoint: number | undefined): boolean {
  return codePoint !== undefined && WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}

function codePointBefore(text: string, offset: number): number | undefined {
  if (offset <= 0 || offset > text.length) return undefined;
  const low = text.charCodeAt(offset - 1);
  if (offset >= 2 && isLowSurrogate(low) && isHighSurrogate(text.charCodeAt(offset - 2))) {
    return text.codePointAt(offset - 2);
  }
  return low;
}

function codePointAfter(text: string, offset: number): number | undefined {
  return offset >= 0 && offset < text.length ? text.codePointAt(offset) : undefined;
}
