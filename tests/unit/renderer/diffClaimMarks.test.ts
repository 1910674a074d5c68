import { describe, expect, it } from 'vitest';
import type { Claim, RatingScale } from '../../../src-main/core/model';
import type { ClaimMark } from '../../../src-renderer/src/editor/claimMarks';
import { claimHover, claimMarks, withSelection } from '../../../src-renderer/src/editor/claimMarks';
import { diffClaimMarks } from '../../../src-renderer/src/editor/diffClaimMarks';

const scale: RatingScale = {
  id: 'standard',
  name: 'Standard',
  kind: 'ordinal',
  builtin: true,
  ratings: [
    { key: 'true', label: 'True', colour: '#2e7d32', value: 1, shortcut: 't' },
    { key: 'false', label: 'False', colour: '#c62828', value: 0, shortcut: 'f' },
  ],
} as RatingScale;

function claim(id: number, start: number, end: number, patch: Partial<Claim> = {}): Claim {
  return {
    id,
    articleId: 1,
    start,
    end,
    exact: '',
    prefix: '',
    suffix: '',
    anchoredVersion: 1,
    anchorState: 'attached',
    textChangedSinceVerdict: false,
    claimant: '',
    claimDate: '',
    appearanceUrl: '',
    kind: 'other',
    status: 'unchecked',
    assignee: '',
    tags: [],
    notes: '',
    verdict: null,
    sources: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  } as Claim;
}

const verdict = (ratingKey: string) => ({
  scaleId: 'standard',
  ratingKey,
  conclusion: '',
  checkedBy: '',
  checkedAt: '2026-01-01T00:00:00.000Z',
  articleVersion: 1,
});

const shownFrom = (marks: ClaimMark[]) => new Map(marks.map((mark) => [mark.id, mark]));

describe('claim highlights', () => {
  it('draws no highlight or scrollbar mark for a claim whose words could not be found', () => {
    const marks = claimMarks(
      [claim(1, 0, 0, { anchorState: 'orphaned' }), claim(2, 10, 20), claim(3, 30, 30)],
      [scale],
    );
    expect(marks.map((mark) => mark.id)).toEqual([2]);
  });

  it('gives nested claims a distinct mark and the selected claim its own class', () => {
    const marks = withSelection(
      claimMarks([claim(1, 0, 50), claim(2, 10, 20), claim(3, 60, 70)], [scale]),
      3,
    );
    expect(marks.map((m) => m.className)).toEqual([
      'fd-claim-8a8f98-d0',
      'fd-claim-8a8f98-d1',
      'fd-claim-8a8f98-d0 fd-claim-selected',
    ]);
    expect(claimHover(claim(1, 0, 50), [scale])).toBe('**Unchecked** · _claimant not set_');
    expect(
      claimHover(claim(2, 0, 5, { claimant: 'A. *Minister*', verdict: verdict('false') }), [scale]),
    ).toBe('**False** · A\\. \\*Minister\\*');
  });

  it('changes nothing when nothing changed, however many claims there are', () => {
    const claims = Array.from({ length: 5000 }, (_, i) => claim(i + 1, i * 10, i * 10 + 5));
    const marks = claimMarks(claims, [scale]);
    const changes = diffClaimMarks(shownFrom(marks), claimMarks(claims, [scale]), (id) => {
      const found = claims[id - 1];
      return found ? { start: found.start, end: found.end } : null;
    });
    expect(changes).toEqual({ add: [], remove: [], restyle: [], move: [] });
  });

  it('restyles only the claim whose verdict changed, and adds and removes only what came and went', () => {
    const before = [claim(1, 0, 5), claim(2, 10, 15), claim(3, 20, 25)];
    const after = [
      claim(1, 0, 5),
      claim(2, 10, 15, { verdict: verdict('false') }),
      claim(4, 30, 35),
    ];
    const changes = diffClaimMarks(
      shownFrom(claimMarks(before, [scale])),
      claimMarks(after, [scale]),
      null,
    );
    expect(changes.add.map((m) => m.id)).toEqual([4]);
    expect(changes.remove).toEqual([3]);
    expect(changes.restyle.map((m) => [m.id, m.colour, m.className])).toEqual([
      [2, '#c62828', 'fd-claim-c62828-d0'],
    ]);
    expect(changes.move).toEqual([]);
  });

  it('moves a highlight to where the service put its claim only while the text is saved', () => {
    const shown = shownFrom(claimMarks([claim(1, 0, 5), claim(2, 10, 15)], [scale]));
    const saved = claimMarks([claim(1, 0, 5), claim(2, 12, 17)], [scale]);
    // The editor moved claim 2 through the checker's typing to 11–16; the service says 12–17.
    const live = new Map([
      [1, { start: 0, end: 5 }],
      [2, { start: 11, end: 16 }],
    ]);
    const settled = diffClaimMarks(shown, saved, (id) => live.get(id) ?? null);
    expect(settled.move.map((m) => [m.id, m.start, m.end])).toEqual([[2, 12, 17]]);
    expect(settled.restyle).toEqual([]);
    // With edits still unsaved, the service's offsets refer to an older text: nothing moves.
    expect(diffClaimMarks(shown, saved, null).move).toEqual([]);
  });

  it('moves a highlight the editor no longer has back to its claim', () => {
    const marks = claimMarks([claim(1, 0, 5)], [scale]);
    expect(diffClaimMarks(shownFrom(marks), marks, () => null).move.map((m) => m.id)).toEqual([1]);
  });

  it('restyles the two claims whose selection changed, and no other', () => {
    const base = claimMarks([claim(1, 0, 5), claim(2, 10, 15), claim(3, 20, 25)], [scale]);
    const changes = diffClaimMarks(shownFrom(withSelection(base, 1)), withSelection(base, 2), null);
    expect(changes.restyle.map((m) => [m.id, m.className])).toEqual([
      [1, 'fd-claim-8a8f98-d0'],
      [2, 'fd-claim-8a8f98-d0 fd-claim-selected'],
    ]);
  });
});
