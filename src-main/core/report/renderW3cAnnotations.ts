import { codePointOffsets } from './codePointOffsets';
import { isLinkableUrl } from './isLinkableUrl';
import type { Report, ReportClaim } from './Report';
import { stringifyForEmbedding } from './stringifyForEmbedding';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The claims as a W3C Web Annotation collection, one `assessing` annotation per claim, so other
 * annotation tools can show Factdesk's verdicts over the same article. Each annotation carries
 * its verdict twice: as a readable Markdown body ("label", blank line, conclusion) for tools
 * that show text, and as a `classifying` body holding just the label, for tools (and
 * `parseW3cAnnotations`) that read the rating back.
 */
export function renderW3cAnnotations(report: Report): string {
  const { header } = report;
  const target =
    /^https?:/i.test(header.url.trim()) && isLinkableUrl(header.url.trim())
      ? header.url.trim()
      : `urn:factdesk:article:${header.articleId}`;
  const positions = codePointOffsets(
    report.text,
    report.claims.flatMap((claim) => (claim.located ? [claim.start, claim.end] : [])),
  );
  const items = report.claims.map((claim) => annotation(report, claim, target, positions));
  return stringifyForEmbedding({
    '@context': ANNOTATION_CONTEXT,
    id: `urn:factdesk:article:${header.articleId}:annotations`,
    type: 'AnnotationCollection',
    label: `Fact-check of “${header.title}”`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  });
}

function annotation(
  report: Report,
  claim: ReportClaim,
  target: string,
  positions: Map<number, number>,
): Record<string, unknown> {
  const { header } = report;
  const selectors: Record<string, unknown>[] = [
    { type: 'TextQuoteSelector', exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix },
  ];
  const start = positions.get(claim.start);
  const end = positions.get(claim.end);
  if (claim.located && start !== undefined && end !== undefined) {
    selectors.push({ type: 'TextPositionSelector', start, end });
  }
  const conclusion = claim.verdict?.conclusion.trim() ?? '';
  const body: Record<string, unknown>[] = [
    {
      type: 'TextualBody',
      purpose: 'assessing',
      format: 'text/markdown',
      value: conclusion ? `${claim.rating.label}\n\n${conclusion}` : claim.rating.label,
    },
    { type: 'TextualBody', purpose: 'classifying', value: claim.rating.label },
  ];
  for (const source of claim.sources) {
    const url = source.url.trim();
    if (!isLinkableUrl(url)) continue;
    body.push({
      type: 'SpecificResource',
      id: url,
      purpose: 'citing',
      source: { id: url, label: source.title },
    });
  }
  const checker = claim.verdict?.checkedBy.trim();
  return {
    id: `urn:factdesk:article:${header.articleId}:claim:${claim.id}`,
    type: 'Annotation',
    // The claim's number, as the app and every other export call it.
    label: `Claim ${claim.number}`,
    motivation: 'assessing',
    creator: checker
      ? { type: 'Person', name: checker }
      : { type: 'Organization', name: header.organisation.name },
    created: claim.createdAt,
    modified: claim.updatedAt,
    generator: { type: 'Software', name: `Factdesk ${header.appVersion}` },
    body,
    target: { source: target, selector: selectors },
  };
}
