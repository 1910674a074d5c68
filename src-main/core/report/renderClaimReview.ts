import { claimantType } from './claimantType';
import { datePart } from './formatTimestamp';
import type { Report, ReportClaim } from './Report';
import { stringifyForEmbedding } from './stringifyForEmbedding';

/** Only absolute web URLs are meaningful to the search engines and aggregators that read this. */
function webUrl(url: string): string | undefined {
  const trimmed = url.trim();
  // Two linear checks; one pattern with a host run followed by "anything but space" backtracks.
  return /^https?:\/\/[^\s/?#\\]/i.test(trimmed) && !/\s/.test(trimmed) ? trimmed : undefined;
}

/**
 * schema.org ClaimReview, one per claim that has a rating, as a pretty JSON array. The JSON is
 * escaped for embedding in a `<script type="application/ld+json">` block on the publisher's
 * page, which is where ClaimReview normally lives.
 */
export function renderClaimReview(report: Report): string {
  return stringifyForEmbedding(claimReviews(report));
}

function claimReviews(report: Report): Record<string, unknown>[] {
  return report.claims
    .filter((claim) => claim.rating.key !== null && claim.verdict !== null)
    .map((claim) => claimReview(report, claim));
}

function claimReview(report: Report, claim: ReportClaim): Record<string, unknown> {
  const { header } = report;
  const articleUrl = webUrl(header.url);
  const organisationUrl = webUrl(header.organisation.url);
  const review: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
  };
  const reviewUrl = organisationUrl
    ? `${organisationUrl.replace(/#.*$/, '')}#factdesk-claim-${header.articleId}-${claim.id}`
    : articleUrl;
  if (reviewUrl) review.url = reviewUrl;
  review.claimReviewed = claim.quote;
  review.itemReviewed = itemReviewed(claim, articleUrl);
  review.author = {
    '@type': 'Organization',
    name: header.organisation.name,
    ...(organisationUrl ? { url: organisationUrl } : {}),
  };
  if (claim.verdict) review.datePublished = datePart(claim.verdict.checkedAt);
  review.reviewRating = reviewRating(report, claim);
  return review;
}

function itemReviewed(claim: ReportClaim, articleUrl: string | undefined): Record<string, unknown> {
  const item: Record<string, unknown> = { '@type': 'Claim' };
  const claimant = claim.claimant.trim();
  if (claimant) item.author = { '@type': claimantType(claimant), name: claimant };
  if (claim.claimDate.trim()) item.datePublished = claim.claimDate.trim();
  const appearance = webUrl(claim.appearanceUrl) ?? articleUrl;
  if (appearance) item.appearance = { '@type': 'CreativeWork', url: appearance };
  return item;
}

/**
 * Ratings outside the ordinal range (e.g. "Unproven") have no value, and a number without its
 * range would be misread, so they carry only their label.
 */
function reviewRating(report: Report, claim: ReportClaim): Record<string, unknown> {
  const rating: Record<string, unknown> = { '@type': 'Rating' };
  const { best, worst } = report.scale;
  if (claim.rating.value !== null && best !== null && worst !== null) {
    rating.ratingValue = claim.rating.value;
    rating.bestRating = best;
    rating.worstRating = worst;
  }
  rating.alternateName = claim.rating.label;
  return rating;
}
