import { describe, expect, it } from 'vitest';
import {
  mapSpansThroughEdits,
  textEditsFromMonaco,
  type LiveSpan,
  type TextEdit,
} from '../../../../src-main/core/anchoring';
import { applyEdits, identityLabels } from './textArbitraries';

const text = 'The minister said unemployment fell to 5% in May.';
const claimStart = text.indexOf('unemployment');
const claimEnd = text.indexOf(' in May');
const claim: LiveSpan = {
  id: 7,
  start: claimStart,
  end: claimEnd,
  exact: text.slice(claimStart, claimEnd),
  anchorState: 'attached',
};

function edit(edits: TextEdit[], spans: LiveSpan[] = [claim]) {
  const newText = applyEdits(text, identityLabels(text.length), edits).text;
  const result = mapSpansThroughEdits(spans, edits, newText);
  return { newText, ...result, span: result.spans[0] };
}

describe('mapSpansThroughEdits', () => {
  it('shifts a claim when text is inserted before it', () => {
    const { newText, span, changedIds } = edit([
      { offset: 4, deleteLength: 0, insertText: 'new ' },
    ]);
    expect(span).toMatchObject({
      start: claimStart + 4,
      end: claimEnd + 4,
      anchorState: 'attached',
    });
    expect(newText.slice(span?.start, span?.end)).toBe(claim.exact);
    expect(changedIds).toEqual([]);
  });

  it('shifts a claim when text is inserted exactly at its start', () => {
    const { span, changedIds } = edit([
      { offset: claimStart, deleteLength: 0, insertText: 'youth ' },
    ]);
    expect(span).toMatchObject({ start: claimStart + 6, end: claimEnd + 6, exact: claim.exact });
    expect(changedIds).toEqual([]);
  });

  it('does not extend a claim when text is typed exactly at its end', () => {
    const { span, changedIds } = edit([{ offset: claimEnd, deleteLength: 0, insertText: '!' }]);
    expect(span).toEqual(claim);
    expect(changedIds).toEqual([]);
  });

  it('leaves a claim alone when text after it is deleted', () => {
    const { span } = edit([{ offset: claimEnd, deleteLength: 7, insertText: '' }]);
    expect(span).toEqual(claim);
  });

  it('grows a claim and marks it changed when text is inserted inside it', () => {
    const offset = text.indexOf('5%');
    const { newText, span, changedIds } = edit([{ offset, deleteLength: 0, insertText: 'about ' }]);
    expect(span).toMatchObject({
      start: claimStart,
      end: claimEnd + 6,
      exact: 'unemployment fell to about 5%',
      anchorState: 'changed',
    });
    expect(newText.slice(span?.start, span?.end)).toBe(span?.exact);
    expect(changedIds).toEqual([7]);
  });

  it('keeps the new words when a replacement straddles the end of a claim', () => {
    const offset = text.indexOf('5% in May');
    const { span } = edit([{ offset, deleteLength: '5% in May'.length, insertText: '6% in June' }]);
    expect(span).toMatchObject({
      exact: 'unemployment fell to 6% in June',
      anchorState: 'changed',
    });
  });

  it('keeps the new words when a replacement straddles the start of a claim', () => {
    const offset = text.indexOf('said unemployment');
    const { span } = edit([
      { offset, deleteLength: 'said unemployment'.length, insertText: 'claimed joblessness' },
    ]);
    expect(span).toMatchObject({
      start: offset,
      exact: 'claimed joblessness fell to 5%',
      anchorState: 'changed',
    });
  });

  it('orphans a claim whose text is deleted, at the deletion point, keeping its quote', () => {
    const offset = claimStart - 5;
    const { span, changedIds } = edit([
      { offset, deleteLength: claimEnd - offset + 3, insertText: 'something else' },
    ]);
    expect(span).toEqual({ ...claim, start: offset, end: offset, anchorState: 'orphaned' });
    expect(changedIds).toEqual([7]);
  });

  it('orphans a claim when one event deletes its text in two adjacent pieces', () => {
    const middle = claimStart + 5;
    const { span } = edit([
      { offset: middle, deleteLength: claimEnd - middle, insertText: 'Y' },
      { offset: claimStart, deleteLength: middle - claimStart, insertText: 'X' },
    ]);
    expect(span).toMatchObject({ start: claimStart, end: claimStart, anchorState: 'orphaned' });
  });

  it('applies several edits of one event against the text before the event', () => {
    const edits: TextEdit[] = [
      { offset: text.indexOf('May'), deleteLength: 3, insertText: 'June' },
      { offset: text.indexOf('fell'), deleteLength: 4, insertText: 'dropped' },
      { offset: 0, deleteLength: 4, insertText: '' },
    ];
    const { newText, span } = edit(edits);
    expect(newText).toBe('minister said unemployment dropped to 5% in June.');
    expect(span).toMatchObject({ exact: 'unemployment dropped to 5%', anchorState: 'changed' });
    expect(newText.slice(span?.start, span?.end)).toBe(span?.exact);
  });

  it('reports nothing when an edit rewrites a claim with the same words', () => {
    const offset = text.indexOf('fell');
    const { span, changedIds } = edit([{ offset, deleteLength: 4, insertText: 'fell' }]);
    expect(span).toEqual(claim);
    expect(changedIds).toEqual([]);
  });

  it('keeps an orphaned (empty) span orphaned and moves it with the text', () => {
    const orphan: LiveSpan = { id: 3, start: 10, end: 10, exact: 'gone', anchorState: 'orphaned' };
    const shifted = edit([{ offset: 0, deleteLength: 0, insertText: 'ab' }], [orphan]);
    expect(shifted.span).toEqual({ ...orphan, start: 12, end: 12 });
    const swallowed = edit([{ offset: 5, deleteLength: 10, insertText: '' }], [orphan]);
    expect(swallowed.span).toEqual({ ...orphan, start: 5, end: 5 });
    expect(swallowed.changedIds).toEqual([]);
  });

  it('keeps the order and identity of untouched spans', () => {
    const other: LiveSpan = { id: 8, start: 0, end: 3, exact: 'The', anchorState: 'moved' };
    const { spans } = edit(
      [{ offset: text.length - 1, deleteLength: 1, insertText: '!' }],
      [claim, other],
    );
    expect(spans[0]).toBe(claim);
    expect(spans[1]).toBe(other);
  });

  it('rejects overlapping edits and edits that do not fit the new text', () => {
    const overlapping: TextEdit[] = [
      { offset: 2, deleteLength: 5, insertText: '' },
      { offset: 4, deleteLength: 1, insertText: 'x' },
    ];
    expect(() => mapSpansThroughEdits([claim], overlapping, text)).toThrow(RangeError);
    expect(() =>
      mapSpansThroughEdits([claim], [{ offset: 0, deleteLength: 0, insertText: 'x' }], 'x'),
    ).toThrow(RangeError);
    expect(() =>
      mapSpansThroughEdits([claim], [{ offset: -1, deleteLength: 0, insertText: '' }], text),
    ).toThrow(RangeError);
  });

  it('rejects spans that do not fit the text before the event', () => {
    const tooLong: LiveSpan = { ...claim, end: text.length + 1 };
    expect(() => mapSpansThroughEdits([tooLong], [], text)).toThrow(RangeError);
    const reversed: LiveSpan = { ...claim, start: 5, end: 4 };
    expect(() => mapSpansThroughEdits([reversed], [], text)).toThrow(RangeError);
  });
});

describe('textEditsFromMonaco', () => {
  it('renames Monaco content changes into text edits', () => {
    expect(textEditsFromMonaco([{ rangeOffset: 3, rangeLength: 2, text: 'xy' }])).toEqual([
      { offset: 3, deleteLength: 2, insertText: 'xy' },
    ]);
  });
});
