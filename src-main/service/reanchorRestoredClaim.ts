import { reanchorClaims } from '../core/anchoring/index';
import type { Claim } from '../core/model';
import { placeQuoteInText } from '../core/placeQuoteInText';
import type { WorkbenchContext } from './WorkbenchContext';
import { claimAnchorWriter } from './claimAnchorWriter';
import { requireArticle } from './requireArticle';

/**
 * Puts a claim that was just restored (Undo of a delete) on its own words in the article's
 * current text. Deleted claims are not re-anchored when the text changes, so their offsets may
 * point at other words. A claim whose span still selects its quote in the version it was
 * anchored to, which is the current one, is left as it is. Otherwise it is re-anchored as a new
 * version would re-anchor it: from the text of the version it was anchored to, when that text
 * is kept and its span selects its quote there; else by searching the current text for its
 * quote (placeQuoteInText). What cannot be placed with confidence is orphaned or put to review,
 * verdicts flagged as re-anchoring flags them. Runs inside the restore's transaction.
 */
export function reanchorRestoredClaim(ctx: WorkbenchContext, claim: Claim): void {
  const article = requireArticle(ctx.store, claim.articleId);
  const { text, version } = article;
  const current = claim.anchoredVersion === version;
  if (current && claim.anchorState !== 'orphaned' && selectsQuote(text, claim)) return;
  if (current && claim.anchorState === 'orphaned' && claim.end <= text.length) return;
  const { saveAnchor } = claimAnchorWriter(ctx);
  const anchoredText = ctx.store.articles.versionText(article.id, claim.anchoredVersion);
  const fromAnchoredText =
    anchoredText !== undefined &&
    anchoredText !== text &&
    (claim.anchorState === 'orphaned' || selectsQuote(anchoredText, claim));
  if (fromAnchoredText) {
    const [placed] = reanchorClaims(anchoredText, text, [claim]).claims;
    if (placed && (placed.anchorState === 'orphaned' || selectsQuote(text, placed))) {
      const { exact, prefix, suffix } = placed;
      const placement = { ...placed, review: placed.review ?? null };
      saveAnchor(claim, text, version, placement, { exact, prefix, suffix });
      return;
    }
  }
  const placed = placeQuoteInText(text, claim, claim.start);
  // An orphan keeps the words it stands for; a placed claim takes the words it now covers.
  const keep = placed.anchorState === 'orphaned' ? claim : undefined;
  saveAnchor(claim, text, version, placed, keep);
}

function selectsQuote(text: string, claim: { start: number; end: number; exact: string }) {
  return claim.start < claim.end && text.slice(claim.start, claim.end) === claim.exact;
}
