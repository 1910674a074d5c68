import { useMemo } from 'react';
import type {
  Article,
  ClaimOutline,
  ClaimPlace,
  Preferences,
  RatingScale,
} from '../../../src-main/core/model';
import type { AppInfo } from '../../../src-main/contract/methods';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { useContractQuery } from '../api/contractQuery';
import { useAfterPaint } from '../ui/useAfterPaint';
import { useUi } from './uiStore';

const noClaims: ClaimOutline[] = [];
const noPlaces: ClaimPlace[] = [];
const noScales: RatingScale[] = [];

/** The open article as the service last saved it; null while none is open. */
export function useOpenArticle(): Article | null {
  const id = useUi((ui) => ui.openArticleId);
  return useContractQuery('articles.get', id === null ? null : { id }).data ?? null;
}

/**
 * What is shown of each of the open article's claims, in text order, as the service holds them,
 * or null while they are still being read (an article opens on its claims' places, and the
 * outline follows). A claim's full record is read with `claims.get` when it is opened.
 */
export function useLoadedClaimOutlines(): ClaimOutline[] | null {
  return useOutlineQuery().data ?? null;
}

/**
 * The open article's outline query. It is read once the frame showing the text and its
 * highlights has been painted, so reading thousands of outlines never holds that frame back.
 */
function useOutlineQuery() {
  const articleId = useUi((ui) => ui.openArticleId);
  const painted = useAfterPaint(articleId);
  return useContractQuery(
    'claims.outline',
    articleId === null || painted !== articleId ? null : { articleId },
  );
}

/**
 * Why the open article's claim outlines could not be read, and a way to read them again; null
 * while they are read or have been.
 */
export function useClaimOutlinesFailure(): { message: string; retry(): void } | null {
  const query = useOutlineQuery();
  if (!query.isError) return null;
  return { message: errorMessage(query.error), retry: () => void query.refetch() };
}

/** The open article's claim outlines; none while they are still being read. */
export function useClaimOutlines(): ClaimOutline[] {
  return useLoadedClaimOutlines() ?? noClaims;
}

/**
 * What the text highlights: the claims' outlines once read; until then their places, which the
 * article was opened with. The places are read only for that moment, so they are never older
 * than the opening; if the outline cannot be read, nothing is highlighted rather than places
 * that later changes would not reach.
 */
export function useClaimPlaces(): readonly ClaimPlace[] {
  const articleId = useUi((ui) => ui.openArticleId);
  const outline = useOutlineQuery();
  const waiting = articleId !== null && outline.data === undefined && !outline.isError;
  const places = useContractQuery('claims.places', waiting ? { articleId } : null);
  return outline.data ?? (waiting ? places.data : undefined) ?? noPlaces;
}

export function useScales(): RatingScale[] {
  return useContractQuery('scales.list', {}).data ?? noScales;
}

export function usePreferences(): Preferences | null {
  return useContractQuery('preferences.get', {}).data ?? null;
}

/** The scale verdicts are given on: the default from Preferences, else the first. */
export function useActiveScale(): RatingScale | null {
  const scales = useScales();
  const preferences = usePreferences();
  return useMemo(
    () => scales.find((s) => s.id === preferences?.defaultScaleId) ?? scales[0] ?? null,
    [scales, preferences],
  );
}

export function useAppInfo(): AppInfo | null {
  return useContractQuery('app.info', {}).data ?? null;
}
