import type { LiveSpan, TextEdit } from './anchoringTypes';
import { createChangeMap } from './createChangeMap';
import { replacementsFromEdits } from './replacementsFromEdits';

export interface MappedSpans {
  readonly spans: LiveSpan[];
  /**
   * Ids of spans whose own text this event altered (now `changed`) or removed (now
   * `orphaned`), in input order: the claims to flag as "text changed since verdict".
   */
  readonly changedIds: number[];
}

/**
 * Carries claim highlights through one editor event.
 *
 * `edits` are the event's changes, all relative to the text before the event (Monaco's
 * convention); `newText` is the text after it, used to read the new exact text of edited spans
 * and to check that the edits fit the spans.
 *
 * - An edit entirely before a span shifts it; one entirely after leaves it alone. Text inserted
 *   exactly at a span's start shifts the span; text inserted exactly at its end stays outside.
 * - An edit that deletes part of a span, or inserts strictly inside it, keeps the claim on its
 *   surviving text plus the inserted text; the span becomes `changed` with its new exact text.
 *   If the new text happens to equal the old one, nothing is reported.
 * - An event that deletes every character of a span makes it `orphaned`, collapsed to where the
 *   deletion began; it keeps its old exact text so the checker can see what was lost.
 * - Untouched spans keep their state and exact text.
 */
export function mapSpansThroughEdits(
  spans: readonly LiveSpan[],
  edits: readonly TextEdit[],
  newText: string,
): MappedSpans {
  const map = createChangeMap(replacementsFromEdits(edits));
  const oldLength = newText.length - map.lengthDelta;
  const lastEdit = map.replacements.at(-1);
  if (oldLength < 0 || (lastEdit !== undefined && lastEdit.oldEnd > oldLength)) {
    throw new RangeError('the edits do not fit the new text');
  }
  const changedIds: number[] = [];
  const mapped = spans.map((span): LiveSpan => {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
      throw new RangeError(`span ${span.id} has an invalid range [${start}, ${end})`);
    }
    if (end > oldLength) {
      throw new RangeError(`span ${span.id} ends beyond the text the edits apply to`);
    }
    const range = map.mapRange(start, end);
    if (!range.touched) {
      return range.start === start ? span : withRange(span, range.start, range.end);
    }
    if (range.survivingLength === 0) {
      changedIds.push(span.id);
      return { ...withRange(span, range.start, range.start), anchorState: 'orphaned' };
    }
    const exact = newText.slice(range.start, range.end);
    if (exact === span.exact) return withRange(span, range.start, range.end);
    changedIds.push(span.id);
    return { ...withRange(span, range.start, range.end), exact, anchorState: 'changed' };
  });
  return { spans: mapped, changedIds };
}

/** A literal rather than a spread: spreading thousands of spans per keystroke is measurably slow in V8. */
function withRange(span: LiveSpan, start: number, end: number): LiveSpan {
  return { id: span.id, start, end, exact: span.exact, anchorState: span.anchorState };
}
