import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { claimOutline } from '../../../src-main/core/claimOutline';
import type { Article, Claim, ClaimOutline } from '../../../src-main/core/model';
import { cacheAfterWrite } from '../../../src-renderer/src/api/cacheAfterWrite';
import { contractKey } from '../../../src-renderer/src/api/contractKey';
import { samePlacesAside } from '../../../src-renderer/src/workbench/samePlacesAside';

const claim = (id: number, start: number, patch: Partial<Claim> = {}): Claim =>
  ({
    id,
    articleId: 1,
    number: id,
    start,
    end: start + 5,
    exact: `claim ${id}`,
    anchorState: 'attached',
    anchorReview: null,
    textChangedSinceVerdict: false,
    movedSinceVerdict: false,
    claimant: '',
    status: 'unchecked',
    assignee: '',
    verdict: { scaleId: 1, ratingKey: 'false' },
    sources: [],
    ...patch,
  }) as Claim;

const key = contractKey('claims.outline', { articleId: 1 });

/**
 * The outlines before and after a text save that moved every claim by `by`, the service changing
 * `changed`, as the workbench's cache holds them.
 */
function save(claims: Claim[], by: number, changed: Claim[] = []) {
  const cache = new QueryClient();
  const before = claims.map(claimOutline);
  cache.setQueryData(key, before);
  cacheAfterWrite(
    cache,
    'articles.saveText',
    {
      id: 1,
      baseSha256: 'a'.repeat(64),
      text: 'x',
      spans: claims.map((c) => ({
        id: c.id,
        start: c.start + by,
        end: c.end + by,
        anchorState: c.anchorState,
      })),
    },
    { article: { id: 1 } as Article, claims: changed },
  );
  return { before, after: cache.getQueryData<ClaimOutline[]>(key) ?? [] };
}

describe('claims listed the same but for their places', () => {
  const claims = [claim(1, 0), claim(2, 10), claim(3, 20)];
  const listed = claims.map(claimOutline);

  it('holds when typing only moved the claims', () => {
    const { before, after } = save(claims, 4);
    expect(after.map((c) => c.start)).toEqual([4, 14, 24]);
    expect(samePlacesAside(before, after)).toBe(true);
  });

  it('does not hold when the save changed anything else about a claim', () => {
    for (const patch of [
      { status: 'needs_review' },
      { exact: 'claim 2 edited', anchorState: 'changed' },
      { textChangedSinceVerdict: true },
      { verdict: null },
    ] satisfies Partial<Claim>[]) {
      const changed = claim(2, 14, patch);
      const { before, after } = save(claims, 4, [changed]);
      expect(samePlacesAside(before, after), JSON.stringify(patch)).toBe(false);
    }
  });

  it('does not hold when claims came, went or changed order', () => {
    expect(samePlacesAside(listed, listed.slice(1))).toBe(false);
    expect(samePlacesAside(listed, [...listed, claimOutline(claim(4, 30))])).toBe(false);
    expect(samePlacesAside(listed, [listed[1], listed[0], listed[2]] as ClaimOutline[])).toBe(
      false,
    );
  });

  it('counts a verdict read again as changed, even when it says the same', () => {
    const reread = listed.map((c) => ({ ...c, verdict: c.verdict && { ...c.verdict } }));
    expect(samePlacesAside(listed, reread)).toBe(false);
  });
});
