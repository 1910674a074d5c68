import { useMemo } from 'react';
import type { ClaimOutline } from '../../../src-main/core/model';
import { useAfterPaint } from '../ui/useAfterPaint';
import { useUi } from './uiStore';
import { useLoadedClaimOutlines } from './workbenchQueries';

/**
 * The open article's claim outlines for lists and tallies: a frame after the text's highlights
 * (see useAfterPaint), and null while they are being read. Never another article's: when an
 * article opens, the list it replaces is gone at once rather than a frame later.
 */
export function useListedClaimOutlines(): ClaimOutline[] | null {
  const articleId = useUi((ui) => ui.openArticleId);
  const loaded = useLoadedClaimOutlines();
  const current = useMemo(
    () => (loaded === null || articleId === null ? null : { articleId, outlines: loaded }),
    [articleId, loaded],
  );
  const painted = useAfterPaint(current);
  return current !== null && painted?.articleId === current.articleId ? painted.outlines : null;
}
