import { isoDate, webUrl } from '../../webUrl';

export type RuleLevel = 'required' | 'recommended';

export interface RuleIssue {
  /** The missing or malformed field, as a path: `url`, `itemReviewed.author`. */
  field: string;
  level: RuleLevel;
}

type Json = Record<string, unknown>;

function node(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

function nodes(value: unknown): Json[] {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    const found = node(item);
    return found ? [found] : [];
  });
}

function text(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function typed(value: Json | undefined, ...types: string[]): boolean {
  const type = value?.['@type'];
  return typeof type === 'string' && types.includes(type);
}

function number(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}

function webAddress(value: unknown): boolean {
  return typeof value === 'string' && webUrl(value) === value;
}

function date(value: unknown): boolean {
  return typeof value === 'string' && isoDate(value) === value;
}

/** A CreativeWork with an http(s) url, or the URL alone, as schema.org allows. */
function appearance(value: unknown): boolean {
  return nodes(value).some((work) => typed(work, 'CreativeWork') && webAddress(work.url));
}

interface Rule {
  field: string;
  level: RuleLevel;
  holds(review: Json): boolean;
}

/**
 * What the consumers of ClaimReview ask for (Google's fact-check guidelines, which the Fact
 * Check Tools and aggregators follow): three required fields and the recommended ones, each
 * with the type it must have. docs/reports.md lists them with their sources in Factdesk.
 */
export const claimReviewRules: readonly Rule[] = [
  { field: 'claimReviewed', level: 'required', holds: (r) => text(r.claimReviewed) },
  {
    field: 'reviewRating.alternateName',
    level: 'required',
    holds: (r) =>
      typed(node(r.reviewRating), 'Rating') && text(node(r.reviewRating)?.alternateName),
  },
  { field: 'url', level: 'required', holds: (r) => webAddress(r.url) },
  {
    field: 'author.name',
    level: 'recommended',
    holds: (r) => typed(node(r.author), 'Organization', 'Person') && text(node(r.author)?.name),
  },
  { field: 'author.url', level: 'recommended', holds: (r) => webAddress(node(r.author)?.url) },
  { field: 'datePublished', level: 'recommended', holds: (r) => date(r.datePublished) },
  {
    field: 'itemReviewed.author',
    level: 'recommended',
    holds: (r) => {
      const author = node(node(r.itemReviewed)?.author);
      return typed(author, 'Person', 'Organization') && text(author?.name);
    },
  },
  {
    field: 'itemReviewed.datePublished',
    level: 'recommended',
    holds: (r) => date(node(r.itemReviewed)?.datePublished),
  },
  {
    field: 'itemReviewed.firstAppearance',
    level: 'recommended',
    holds: (r) => {
      const claim = node(r.itemReviewed);
      return appearance(claim?.firstAppearance) || appearance(claim?.appearance);
    },
  },
  ...(['ratingValue', 'bestRating', 'worstRating'] as const).map((key): Rule => ({
    field: `reviewRating.${key}`,
    level: 'recommended',
    holds: (r) => number(node(r.reviewRating)?.[key]),
  })),
  {
    field: 'reviewRating.name',
    level: 'recommended',
    holds: (r) => text(node(r.reviewRating)?.name),
  },
];

/**
 * Checks one ClaimReview (as JSON, whoever wrote it) against claimReviewRules: `@type` must be
 * ClaimReview and `itemReviewed` a Claim, then every rule that does not hold is an issue.
 */
export function checkClaimReview(value: unknown): RuleIssue[] {
  const review = node(value);
  if (!review || !typed(review, 'ClaimReview')) return [{ field: '@type', level: 'required' }];
  const issues: RuleIssue[] = [];
  if (!typed(node(review.itemReviewed), 'Claim')) {
    issues.push({ field: 'itemReviewed', level: 'recommended' });
  }
  for (const rule of claimReviewRules) {
    if (!rule.holds(review)) issues.push({ field: rule.field, level: rule.level });
  }
  return issues;
}
