import { verdictNeedsConfirming } from '../verdictNeedsConfirming';
import { isLocated } from './isLocated';
import { orderClaims } from './orderClaims';
import type { ReportInput, TransparencyFinding } from './Report';

/**
 * IFCN-style checks run before every export: what a reader would need to verify the work
 * themselves, and what is still missing. Findings follow claim order so the list reads like
 * the report. Errors (no methodology anywhere, a verdict without a source, a verdict on other
 * words, a claim whose offsets select other words than its own) keep the report from being
 * publish-ready; the rest are warnings. The ClaimReview and newsroom-profile rules are in
 * claimReview/publishingFindings.ts.
 */
export function transparencyCheck(
  input: Pick<ReportInput, 'article' | 'claims'> & {
    organisation?: Pick<ReportInput['organisation'], 'methodologyUrl'>;
  },
): TransparencyFinding[] {
  const findings: TransparencyFinding[] = [];
  const methodologyPage = input.organisation?.methodologyUrl.trim() ?? '';
  if (input.article.methodology.trim() === '' && methodologyPage === '') {
    findings.push({
      code: 'missing-methodology',
      severity: 'error',
      message:
        'The report has no methodology: write a note for this article, or give the newsroom’s methodology page in the profile.',
    });
  }
  for (const claim of orderClaims(input.claims, input.article.text)) {
    const name = `Claim ${claim.number} (${shortQuote(claim.exact)})`;
    const claimId = claim.id;
    const rated = claim.verdict !== null && claim.verdict.ratingKey !== null;
    if (claim.anchorState !== 'orphaned' && !isLocated(claim, input.article.text)) {
      findings.push({
        code: 'claim-off-its-words',
        severity: 'error',
        message: `${name} is marked on words that are not its own in the current text; attach it to its words again.`,
        claimId,
      });
    }
    if (!rated) {
      findings.push({
        code: 'claim-unchecked',
        severity: 'warning',
        message: `${name} has no verdict yet (status: ${claim.status.replace('_', ' ')}).`,
        claimId,
      });
    } else if (claim.sources.length === 0) {
      findings.push({
        code: 'verdict-without-source',
        severity: 'error',
        message: `${name} has a verdict but no source.`,
        claimId,
      });
    }
    if (rated && verdictNeedsConfirming(claim)) {
      findings.push({
        code: 'verdict-on-other-text',
        severity: 'error',
        message: claim.movedSinceVerdict
          ? `${name}: the verdict was given where these words stood in an earlier version of the text; re-check it here.`
          : `${name}: the verdict was given on earlier words; the claim’s words changed since. Re-read them, then confirm the verdict or check it again.`,
        claimId,
      });
    }
    for (const { source } of claim.sources) {
      const sourceName = `“${source.title.trim() || source.url.trim() || 'untitled'}”`;
      if (source.archive === null) {
        findings.push({
          code: 'source-without-archive',
          severity: 'warning',
          message: `${name}: source ${sourceName} has no archived copy.`,
          claimId,
        });
      }
      if (source.accessedAt.trim() === '') {
        findings.push({
          code: 'source-without-access-date',
          severity: 'warning',
          message: `${name}: source ${sourceName} has no access date.`,
          claimId,
        });
      }
    }
  }
  return findings;
}

function shortQuote(quote: string): string {
  const flat = quote.slice(0, 80).replace(/\s+/g, ' ').trim();
  if (flat.length <= 40) return `“${flat}”`;
  const cut = isHighSurrogate(flat.charCodeAt(38)) ? 38 : 39;
  return `“${flat.slice(0, cut)}…”`;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
