import { useMemo } from 'react';
import type { Article, ClaimOutline, Preferences, RatingScale } from '../../../src-main/core/model';
import type { AppInfo } from '../../../src-main/contract/methods';
import { useContractQuery } from '../api/contractQuery';
import { useUi } from './uiStore';

const noClaims: ClaimOutline[] = [];
const noScales: RatingScale[] = [];

/** The open article as the service last saved it; null while none is open. */
export function useOpenArticle(): Article | null {
  const id = useUi((ui) => ui.openArticleId);
  return useContractQuery('articles.get', id === null ? null : { id }).data ?? null;
}

/**
 * What is shown of each of the open article's claims, in text order, as the service holds them;
 * a claim's full record is read with `claims.get` when it is opened.
 */
export function useClaimOutlines(): ClaimOutline[] {
  const articleId = useUi((ui) => ui.openArticleId);
  return (
    useContractQuery('claims.outline', articleId === null ? null : { articleId }).data ?? noClaims
  );
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
