import { describe, expect, it } from 'vitest';
import type { ImportCoverage } from '../../../../src-main/core/importing';
import {
  coverageWarnings,
  mapOffsetThroughEdit,
  putBackAll,
  putBackLeftOut,
  putBackPassage,
} from '../../../../src-main/core/importing';

// The right place for a left-out passage: right after the imported text that preceded it in
// the source, as a paragraph of its own; at the start when nothing before it was imported.
const text = 'Headline\n\nFirst paragraph.\n\nSecond paragraph.';
const coverage = (leftOut: ImportCoverage['leftOut']): ImportCoverage => ({
  importedChars: 40,
  sourceChars: 40 + leftOut.reduce((sum, passage) => sum + passage.text.length, 0),
  leftOut,
  unlisted: 0,
});

describe('putting left-out passages back', () => {
  it('inserts a paragraph after the block it followed, at the start, or at the end', () => {
    expect(putBackPassage(text, 8, 'Kicker').text).toBe(
      'Headline\n\nKicker\n\nFirst paragraph.\n\nSecond paragraph.',
    );
    expect(putBackPassage(text, 0, 'Section').text).toBe(`Section\n\n${text}`);
    expect(putBackPassage(text, text.length, 'Related').text).toBe(`${text}\n\nRelated`);
    const placed = putBackPassage(text, 8, 'Kicker');
    expect(placed.text.slice(placed.start, placed.end)).toBe('Kicker');
  });

  it('moves a place inside a line (after edits) to the end of that line, never splitting words', () => {
    expect(putBackPassage('Alpha beta\n\nGamma', 3, 'Inserted').text).toBe(
      'Alpha beta\n\nInserted\n\nGamma',
    );
  });

  it('keeps source order when several passages share a place, whichever is put back first', () => {
    const report = coverage([
      { text: 'One', reason: 'outside', at: 8 },
      { text: 'Two', reason: 'outside', at: 8 },
      { text: 'Tail', reason: 'outside', at: text.length },
    ]);
    const secondFirst = putBackLeftOut(text, report, 1);
    expect(secondFirst.coverage.leftOut.map((p) => p.text)).toEqual(['One', 'Tail']);
    const thenFirst = putBackLeftOut(secondFirst.text, secondFirst.coverage, 0);
    expect(thenFirst.text).toBe('Headline\n\nOne\n\nTwo\n\nFirst paragraph.\n\nSecond paragraph.');
    const all = putBackAll(text, report);
    expect(all.text).toBe(
      'Headline\n\nOne\n\nTwo\n\nFirst paragraph.\n\nSecond paragraph.\n\nTail',
    );
    expect(all.coverage.importedChars).toBe(all.coverage.sourceChars);
    expect(all.coverage.leftOut).toEqual([]);
  });

  it('follows the text through an edit before the passage goes back', () => {
    const edited = text.replace('First', 'The first');
    const at = mapOffsetThroughEdit(text.length, text, edited);
    expect(putBackPassage(edited, at, 'Tail').text).toBe(`${edited}\n\nTail`);
    expect(mapOffsetThroughEdit(8, text, edited)).toBe(8);
    // An offset inside a deleted stretch lands where the deletion was.
    expect(mapOffsetThroughEdit(12, text, text.replace('First paragraph.', ''))).toBe(10);
  });
});

describe('coverage warnings', () => {
  it('warns above 2% of the body text, or for any whole paragraph of 40 characters', () => {
    const small = { text: 'Share', reason: 'outside', at: 0 };
    expect(
      coverageWarnings({ ...coverage([small]), sourceChars: 1000, importedChars: 995 }),
    ).toEqual([]);
    expect(
      coverageWarnings({ ...coverage([small]), sourceChars: 100, importedChars: 95 })[0],
    ).toMatch(/^5 characters \(5\.0% of the body text\) in 1 passage were left out/);
    const paragraph = { text: 'x'.repeat(40), reason: 'advertising or promotion slot', at: 0 };
    expect(
      coverageWarnings({
        ...coverage([paragraph]),
        sourceChars: 100_000,
        importedChars: 99_960,
      })[0],
    ).toMatch(/\(<1% of the body text\).*advertising or promotion slot/);
  });
});
