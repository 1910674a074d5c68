import { verdictNeedsConfirming } from '../verdictNeedsConfirming';
import type { ReportClaim } from './Report';

/**
 * What a report says under a verdict about the text it judged, or null when it judged the
 * current version. `warning` when the verdict waits to be confirmed (verdictNeedsConfirming);
 * a verdict on words a later version carried over unchanged is only dated, not doubted.
 */
export function verdictStandingNote(
  claim: Pick<ReportClaim, 'verdict' | 'textChangedSinceVerdict' | 'movedSinceVerdict'>,
  textVersion: number,
): { text: string; warning: boolean } | null {
  if (!claim.verdict) return null;
  const judged = claim.verdict.articleVersion;
  if (verdictNeedsConfirming(claim)) {
    return {
      text: claim.textChangedSinceVerdict
        ? `judged the claim’s words in text version ${judged}; they have changed since`
        : `judged where these words stood in text version ${judged}; they have moved since`,
      warning: true,
    };
  }
  if (judged === textVersion) return null;
  return {
    text: `judged text version ${judged}; the claim’s words are unchanged in version ${textVersion}`,
    warning: false,
  };
}
