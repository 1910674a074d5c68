import { useState } from 'react';
import type { ClaimOutline, ListedClaim } from '../../../src-main/core/model';
import { useAfterPaint } from '../ui/useAfterPaint';
import { samePlacesAside } from './samePlacesAside';
import { useUi } from './uiStore';
import { useLoadedClaimOutlines } from './workbenchQueries';

interface Listing {
  articleId: number;
  claims: readonly ListedClaim[];
}

interface Read {
  articleId: number | null;
  outlines: readonly ClaimOutline[] | null;
}

/**
 * The open article's claims for lists and tallies: a frame after the text's highlights (see
 * useAfterPaint), and null while they are being read. Never another article's: when an article
 * opens, the list it replaces is gone at once rather than a frame later. The same array comes
 * back for as long as only the claims' places change, so typing, which moves every claim after
 * the cursor, does not rebuild lists and tallies of thousands of claims.
 */
export function useListedClaimOutlines(): readonly ListedClaim[] | null {
  const articleId = useUi((ui) => ui.openArticleId);
  const outlines = useLoadedClaimOutlines();
  const [read, setRead] = useState<Read>({ articleId: null, outlines: null });
  const [listing, setListing] = useState<Listing | null>(null);
  let current = listing;
  if (read.articleId !== articleId || read.outlines !== outlines) {
    // Compared once per new outline, while rendering: the listing then never lags a frame.
    setRead({ articleId, outlines });
    if (outlines === null || articleId === null) current = null;
    else if (listing?.articleId !== articleId || !samePlacesAside(listing.claims, outlines)) {
      current = { articleId, claims: outlines };
    }
    if (current !== listing) setListing(current);
  }
  const painted = useAfterPaint(current);
  return current !== null && painted?.articleId === current.articleId ? painted.claims : null;
}
