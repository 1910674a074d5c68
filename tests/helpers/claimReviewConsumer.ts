import { z } from 'zod';

/**
 * What a fact-check consumer accepts, written from Google's ClaimReview guidelines (the Fact
 * Check Tools and aggregators follow them) independently of Factdesk's own rules, so a test can
 * hold every export to it: the required fields strictly, and each recommended field, when
 * present, of the type the guidelines give.
 */
const WebUrl = z.string().regex(/^https?:\/\/[^\s/?#\\][^\s]*$/, 'an absolute http(s) URL');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/);
const Named = z.string().trim().min(1);

const CreativeWork = z
  .object({
    '@type': z.literal('CreativeWork'),
    url: WebUrl,
    headline: Named.optional(),
    datePublished: IsoDate.optional(),
    publisher: z
      .object({ '@type': z.literal('Organization'), name: Named })
      .strict()
      .optional(),
  })
  .strict();

const Party = z
  .object({
    '@type': z.enum(['Person', 'Organization']),
    name: Named,
    url: WebUrl.optional(),
    publishingPrinciples: WebUrl.optional(),
    correctionsPolicy: WebUrl.optional(),
  })
  .strict();

export const ConsumerClaimReview = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('ClaimReview'),
    claimReviewed: Named.refine((text) => !/\n/.test(text), 'one line'),
    url: WebUrl,
    reviewRating: z
      .object({
        '@type': z.literal('Rating'),
        alternateName: Named,
        name: Named.optional(),
        ratingValue: z.number().optional(),
        bestRating: z.number().optional(),
        worstRating: z.number().optional(),
      })
      .strict()
      .refine(
        (rating) =>
          rating.ratingValue === undefined ||
          (rating.bestRating !== undefined &&
            rating.worstRating !== undefined &&
            rating.ratingValue >= rating.worstRating &&
            rating.ratingValue <= rating.bestRating),
        'a ratingValue comes with its range and lies in it',
      ),
    author: Party.optional(),
    datePublished: IsoDate.optional(),
    itemReviewed: z
      .object({
        '@type': z.literal('Claim'),
        author: Party.optional(),
        datePublished: IsoDate.optional(),
        firstAppearance: CreativeWork.optional(),
        appearance: z.union([CreativeWork, z.array(CreativeWork).min(1)]).optional(),
      })
      .strict(),
  })
  .strict();

/** Whether a recommended path is present in a review that passed ConsumerClaimReview. */
export function recommendedMissing(review: z.infer<typeof ConsumerClaimReview>): string[] {
  const missing: string[] = [];
  if (!review.author?.name) missing.push('author.name');
  if (!review.author?.url) missing.push('author.url');
  if (!review.datePublished) missing.push('datePublished');
  if (!review.itemReviewed.author) missing.push('itemReviewed.author');
  if (!review.itemReviewed.datePublished) missing.push('itemReviewed.datePublished');
  if (!review.itemReviewed.firstAppearance && !review.itemReviewed.appearance) {
    missing.push('itemReviewed.firstAppearance');
  }
  for (const key of ['ratingValue', 'bestRating', 'worstRating', 'name'] as const) {
    if (review.reviewRating[key] === undefined) missing.push(`reviewRating.${key}`);
  }
  return missing;
}
