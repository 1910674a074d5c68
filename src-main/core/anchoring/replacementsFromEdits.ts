import type { Replacement, TextEdit } from './anchoringTypes';

/**
 * Sorts the edits of one editor event into replacements. Edits are relative to the text before
 * the event, so sorting them by offset and mapping every position against that one text is the
 * same as applying them one by one from the highest offset down, which keeps the lower offsets
 * valid. Overlapping edits have no single meaning and are rejected.
 */
export function replacementsFromEdits(edits: readonly TextEdit[]): Replacement[] {
  const replacements = edits.map((edit, index) => {
    const { offset, deleteLength, insertText } = edit;
    if (!Number.isInteger(offset) || !Number.isInteger(deleteLength)) {
      throw new RangeError(`edit ${index} must use integer offsets`);
    }
    if (offset < 0 || deleteLength < 0) {
      throw new RangeError(`edit ${index} has a negative offset or length`);
    }
    return { oldStart: offset, oldEnd: offset + deleteLength, newLength: insertText.length };
  });
  replacements.sort((a, b) => a.oldStart - b.oldStart || a.oldEnd - b.oldEnd);
  for (let i = 1; i < replacements.length; i++) {
    const previous = replacements[i - 1];
    const current = replacements[i];
    if (previous && current && current.oldStart < previous.oldEnd) {
      throw new RangeError('edits of one event must not overlap');
    }
  }
  return replacements;
}
