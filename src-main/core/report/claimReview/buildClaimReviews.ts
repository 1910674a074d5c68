import type { OrganizationLeaf } from 'schema-dts';
import type { Report, ReportClaim } from '../Report';
import type {
  AppearanceNode,
  ClaimReviewDocument,
  ClaimantNode,
  LeftOutClaim,
  PublishedReview,
} from './ClaimReviewDocument';
import { leftOutMessages, leftOutReason } from './leftOutReason';
import { isoDate, webUrl } from '../../webUrl';

/**
 * The ClaimReviews of a report, one per publishable claim in claim order, and the claims left
 * out with their reasons. Every field comes from what the checker recorded (docs/reports.md
 * maps each one); a field whose value is unknown or not of its kind (a URL that is not http(s),
 * a date that is not ISO 8601) is left out rather than guessed, and the transparency check
 * names it.
 */
export function buildClaimReviews(report: Report): {
  published: PublishedReview[];
  leftOut: LeftOutClaim[];
} {
  const published: PublishedReview[] = [];
  const leftOut: LeftOutClaim[] = [];
  for (const claim of report.claims) {
    const reason = leftOutReason(claim);
    if (reason === null) {
      published.push({
        claimId: claim.id,
        number: claim.number,
        review: claimReview(report, claim),
      });
    } else {
      leftOut.push({
        claimId: claim.id,
        number: claim.number,
        reason,
        message: `Claim ${claim.number} is left out of ClaimReview: ${leftOutMessages[reason]}.`,
      });
    }
  }
  return { published, leftOut };
}

function claimReview(report: Report, claim: ReportClaim): ClaimReviewDocument {
  const { header } = report;
  const url = webUrl(header.factCheckUrl);
  const author = publisher(report);
  const published = isoDate(header.factCheckPublishedAt);
  // Keys in the order a reader of the JSON-LD expects: what, where, who, when, then the details.
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim.reviewedAs,
    ...(url ? { url } : {}),
    ...(author ? { author } : {}),
    ...(published ? { datePublished: published } : {}),
    itemReviewed: itemReviewed(report, claim),
    reviewRating: reviewRating(report, claim),
  };
}

/** The newsroom of the profile; nothing when it has no name, since a nameless author says nothing. */
function publisher(report: Report): OrganizationLeaf | undefined {
  const { organisation } = report.header;
  const name = organisation.name.trim();
  if (!name) return undefined;
  const node: OrganizationLeaf = { '@type': 'Organization', name };
  const url = webUrl(organisation.url);
  if (url) node.url = url;
  const methodology = webUrl(organisation.methodologyUrl);
  if (methodology) node.publishingPrinciples = methodology;
  const corrections = webUrl(organisation.correctionsUrl);
  if (corrections) node.correctionsPolicy = corrections;
  return node;
}

function itemReviewed(report: Report, claim: ReportClaim): ClaimReviewDocument['itemReviewed'] {
  const item: ClaimReviewDocument['itemReviewed'] = { '@type': 'Claim' };
  const claimant = claimantNode(claim);
  if (claimant) item.author = claimant;
  const first = firstAppearance(claim);
  const claimDate = isoDate(claim.claimDate) ?? isoDate(claim.firstAppearance.date);
  if (claimDate) item.datePublished = claimDate;
  const appearances: AppearanceNode[] = first ? [first] : [];
  // The checked article is an appearance too, when the first appearance was somewhere else.
  const articleUrl = webUrl(report.header.url);
  if (articleUrl && !claim.firstAppearance.fromArticle && articleUrl !== first?.url) {
    appearances.push(articleNode(report, articleUrl));
  }
  if (first) item.firstAppearance = first;
  if (appearances.length === 1 && appearances[0]) item.appearance = appearances[0];
  else if (appearances.length > 1) item.appearance = appearances;
  return item;
}

/** The claimant typed as the checker said; no type is guessed from the name. */
function claimantNode(claim: ReportClaim): ClaimantNode | undefined {
  const name = claim.claimant.trim();
  if (!name) return undefined;
  if (claim.claimantKind === 'person') return { '@type': 'Person', name };
  if (claim.claimantKind === 'organization') return { '@type': 'Organization', name };
  return undefined;
}

function firstAppearance(claim: ReportClaim): AppearanceNode | undefined {
  const { url, title, outlet, date } = claim.firstAppearance;
  const address = webUrl(url);
  if (!address) return undefined;
  const node: AppearanceNode = { '@type': 'CreativeWork', url: address };
  if (title) node.headline = title;
  if (outlet) node.publisher = { '@type': 'Organization', name: outlet };
  const published = isoDate(date);
  if (published) node.datePublished = published;
  return node;
}

function articleNode(report: Report, url: string): AppearanceNode {
  const { header } = report;
  const node: AppearanceNode = { '@type': 'CreativeWork', url };
  if (header.title.trim()) node.headline = header.title.trim();
  if (header.outlet.trim())
    node.publisher = { '@type': 'Organization', name: header.outlet.trim() };
  const published = isoDate(header.publishedAt);
  if (published) node.datePublished = published;
  return node;
}

/**
 * A rating outside the scale's numeric range (e.g. "Unproven"), or on a scale with none, has no
 * value, and a number without its range would be misread, so it carries only its label.
 */
function reviewRating(report: Report, claim: ReportClaim): ClaimReviewDocument['reviewRating'] {
  const rating: ClaimReviewDocument['reviewRating'] = {
    '@type': 'Rating',
    alternateName: claim.rating.label,
    name: claim.rating.label,
  };
  const { best, worst } = report.scale;
  if (claim.rating.value !== null && best !== null && worst !== null) {
    rating.ratingValue = claim.rating.value;
    rating.bestRating = best;
    rating.worstRating = worst;
  }
  return rating;
}
