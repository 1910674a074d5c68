import type {
  ClaimLeaf,
  ClaimReviewLeaf,
  CreativeWorkLeaf,
  OrganizationLeaf,
  PersonLeaf,
  RatingLeaf,
  WithContext,
} from 'schema-dts';

/**
 * One published review, typed with schema-dts (schema.org's own vocabulary as TypeScript), so a
 * property on the wrong type or of the wrong kind does not compile. schema-dts makes every
 * property optional; the intersections make what consumers require present: `claimReviewed`
 * and `reviewRating.alternateName`. `url` is required by consumers too, but is written only
 * when the fact check's page is known; its absence is an error of the transparency check.
 */
export type ClaimReviewDocument = WithContext<ClaimReviewLeaf> & {
  claimReviewed: string;
  reviewRating: RatingLeaf & { alternateName: string };
  itemReviewed: ClaimLeaf;
  url?: string;
  author?: OrganizationLeaf;
};

export type ClaimantNode = PersonLeaf | OrganizationLeaf;
export type AppearanceNode = CreativeWorkLeaf;

/** Why a claim is not published as a ClaimReview. */
export type LeftOutReason = 'no-verdict' | 'not-in-text' | 'needs-review' | 'verdict-on-other-text';

export interface LeftOutClaim {
  claimId: number;
  number: number;
  reason: LeftOutReason;
  /** The reason in the checker's words. */
  message: string;
}

/** A claim published as a ClaimReview. */
export interface PublishedReview {
  claimId: number;
  number: number;
  review: ClaimReviewDocument;
}
