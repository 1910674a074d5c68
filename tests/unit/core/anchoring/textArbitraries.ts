import fc from 'fast-check';

/**
 * Pieces that stress offset handling: astral emoji (with a skin-tone modifier), combining
 * marks, a mathematical letter outside the BMP, CJK, CRLF, and phrases that repeat inside
 * longer words ("men" in "government") and across the text ("the minister said").
 */
export const INLINE_PIECES = [
  'the',
  'government',
  'men',
  'amendment',
  'minister',
  'said',
  'the minister said',
  '5%',
  '😀',
  '👍🏽',
  'e\u0301',
  'n\u0303o',
  '𝒳',
  '中文',
  ' ',
  ' ',
  ' ',
  ', ',
  '. ',
] as const;
export const PIECES = [...INLINE_PIECES, '\r\n', '\n'] as const;

export const pieceArb = fc.constantFrom(...PIECES);
export const inlinePieceArb = fc.constantFrom(...INLINE_PIECES);

export const textArb = (maxPieces = 60) =>
  fc.array(pieceArb, { maxLength: maxPieces }).map((pieces) => pieces.join(''));

/** Offsets 0..text.length that do not fall between the halves of a surrogate pair. */
export function codePointBoundaries(text: string): number[] {
  const boundaries: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    if (!splitsPair(text, i)) boundaries.push(i);
  }
  return boundaries;
}

export function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Picks a boundary from a list using an unbounded random integer. */
export function pick<T>(items: readonly T[], seed: number): T {
  const item = items[seed % items.length];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

/**
 * Applies edits expressed against one text (all offsets relative to it, non-overlapping),
 * to the text and to a parallel array of labels, from the highest offset down. Inserted
 * characters get label -1, so labels say where every character of the result came from.
 */
export function applyEdits(
  text: string,
  labels: readonly number[],
  edits: ReadonlyArray<{ offset: number; deleteLength: number; insertText: string }>,
): { text: string; labels: number[] } {
  let result = text;
  const resultLabels = [...labels];
  const descending = [...edits].sort((a, b) => b.offset - a.offset);
  for (const edit of descending) {
    result =
      result.slice(0, edit.offset) +
      edit.insertText +
      result.slice(edit.offset + edit.deleteLength);
    resultLabels.splice(
      edit.offset,
      edit.deleteLength,
      ...Array.from({ length: edit.insertText.length }, () => -1),
    );
  }
  return { text: result, labels: resultLabels };
}

export function identityLabels(length: number): number[] {
  return Array.from({ length }, (_, i) => i);
}
