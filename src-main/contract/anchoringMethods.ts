import { z } from 'zod';
import { AnchorState, Article, Claim, Id, Sha256 } from '../core/model';
import { limits } from '../core/limits';
import { method } from './method';

const Counts = z.object({
  kept: z.number().int(),
  moved: z.number().int(),
  changed: z.number().int(),
  orphaned: z.number().int(),
});

export const ReviewCandidate = z.object({
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  score: z.number(),
  quoteScore: z.number(),
  prefixScore: z.number(),
  suffixScore: z.number(),
});
export type ReviewCandidate = z.infer<typeof ReviewCandidate>;

const offset = z.number().int().nonnegative();

export const anchoringMethods = {
  'articles.saveText': method(
    z
      .object({
        id: Id,
        /** The SHA-256 of the text the edits were made to: a stale editor cannot overwrite. */
        baseSha256: Sha256,
        text: z.string().max(limits.articleChars),
        /** Every claim of the article, as the editor mapped it through the edits. */
        spans: z
          .array(
            z.object({ id: Id, start: offset, end: offset, anchorState: AnchorState }).strict(),
          )
          .max(limits.claimsPerSave),
      })
      .strict(),
    z.object({
      article: Article,
      /**
       * The claims the service placed other than at the span sent, or whose words, context,
       * anchor state, verdict flag or status the edit changed, in full. Every other claim is now
       * stored at the span sent (anchored to the article's new version), unchanged otherwise.
       */
      claims: z.array(Claim),
    }),
    'Save edited text in one transaction, the service mapping every claim itself; returns the claims it changed beyond their place.',
  ),
  'articles.loadVersion': method(
    z.object({ id: Id, text: z.string().max(limits.articleChars) }).strict(),
    z.object({ article: Article, claims: z.array(Claim), counts: Counts }),
    'Replace the whole text with a new version and re-anchor every claim.',
  ),
  'articles.versionText': method(
    z.object({ id: Id, version: z.number().int().positive() }).strict(),
    z.object({ version: z.number().int(), sha256: z.string(), text: z.string() }),
    'The text of one earlier version.',
  ),
  'claims.candidates': method(
    z.object({ id: Id, limit: z.number().int().min(1).max(20).optional() }).strict(),
    z.array(ReviewCandidate),
    'Where a claim that needs review could be in the current text, best first.',
  ),
  'claims.reattach': method(
    z.object({ id: Id, start: offset, end: offset }).strict(),
    Claim,
    'Attach a claim to a span the checker chose.',
  ),
  'annotations.import': method(
    z.object({ articleId: Id, json: z.string().max(limits.annotationsChars) }).strict(),
    z.object({ counts: Counts, claimIds: z.array(Id) }),
    'Import W3C Web Annotations or a Hypothesis export as claims, all or nothing.',
  ),
} as const;
