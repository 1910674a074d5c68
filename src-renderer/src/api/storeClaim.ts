import type { QueryClient } from '@tanstack/react-query';
import { compareTextOrder } from '../../../src-main/core/anchoring/compareTextOrder';
import { claimOutline } from '../../../src-main/core/claimOutline';
import type { Claim } from '../../../src-main/core/model';
import { changeOutline, changePlace } from './changeOutline';
import { contractKey } from './contractKey';

/** Puts a claim the service returned where it is read: its own entry and its article's outline. */
export function storeClaim(cache: QueryClient, claim: Claim): void {
  cache.setQueryData(contractKey('claims.get', { id: claim.id }), claim);
  const outline = claimOutline(claim);
  changePlace(cache, claim.articleId, claim, claim.id);
  changeOutline(cache, claim.articleId, (list) => {
    const at = list.findIndex((c) => c.id === claim.id);
    const next = at < 0 ? [...list, outline] : list.map((c, i) => (i === at ? outline : c));
    const moved = at < 0 || list[at]?.start !== claim.start || list[at]?.end !== claim.end;
    return moved ? next.sort(compareTextOrder) : next;
  });
}
