import { buildClaimReviews } from './claimReview/buildClaimReviews';
import type { Report } from './Report';
import { stringifyForEmbedding } from './stringifyForEmbedding';

/**
 * schema.org ClaimReview: one review per publishable claim, as a JSON array of complete
 * documents (each with its own `@context`), in claim order. Each element is what one
 * `<script type="application/ld+json">` block on the fact check's page holds, and the JSON is
 * escaped so that pasting it there is safe. Claims that cannot be published are left out;
 * buildClaimReviews says which and why.
 */
export function renderClaimReview(report: Report): string {
  return stringifyForEmbedding(buildClaimReviews(report).published.map(({ review }) => review));
}

/**
 * The same reviews as HTML to paste into the fact check's page: one
 * `<script type="application/ld+json">` block per review, each after a comment naming its
 * claim. One block per review is what search engines read most reliably.
 */
export function renderClaimReviewEmbed(report: Report): string {
  const blocks = buildClaimReviews(report).published.map(
    ({ number, review }) =>
      `<!-- Claim ${number} -->\n<script type="application/ld+json">\n${stringifyForEmbedding(review)}\n</script>`,
  );
  return `${blocks.join('\n')}\n`;
}
