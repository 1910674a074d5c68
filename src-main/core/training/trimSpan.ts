import type { Span } from './trainingInput';

const EDGE_CHARACTER = /^[\s\p{P}]$/u;

function isEdgeCharacter(character: string | undefined): boolean {
  return character !== undefined && EDGE_CHARACTER.test(character);
}

/** The code point that ends just before `offset`, so astral punctuation is seen whole. */
function codePointBefore(text: string, offset: number): string | undefined {
  const last = text.charCodeAt(offset - 1);
  const isLowSurrogate = last >= 0xdc00 && last <= 0xdfff;
  const pairStart = offset - 2;
  if (isLowSurrogate && pairStart >= 0) {
    const candidate = String.fromCodePoint(text.codePointAt(pairStart) ?? 0);
    if (candidate.length === 2) return candidate;
  }
  return text[offset - 1];
}

/**
 * Drops whitespace and Unicode punctuation (\p{P}: quotes, brackets, dashes, full stops, but
 * also % and #) from both ends of a span, so that selecting "the claim." or " the claim"
 * counts the same as "the claim". Symbols such as $ or € are kept. A span with nothing else
 * collapses to an empty span at its end.
 */
export function trimSpan(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end) {
    const character = String.fromCodePoint(text.codePointAt(start) ?? 0);
    if (!isEdgeCharacter(character)) break;
    start += character.length;
  }
  while (end > start) {
    const character = codePointBefore(text, end);
    if (!isEdgeCharacter(character)) break;
    end -= character?.length ?? 1;
  }
  return { start: Math.min(start, end), end };
}
