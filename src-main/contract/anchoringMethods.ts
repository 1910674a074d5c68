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

const ContextKind = z.enum(['same', 'paragraph', 'edge', 'different']);

export const ReviewCandidate = z.object({
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  /** Quote and context similarity, 0 to 1, for display: "% match". */
  score: z.number(),
  quoteScore: z.number(),
  prefixScore: z.number(),
  suffixScore: z.number(),
  /** Whether the candidate reads as the claim's words (see docs/anchoring.md). */
  sameWords: z.boolean(),
  /** How the words before and after the candidate compare with the claim's context. */
  prefixContext: ContextKind,
  suffixContext: ContextKind,
});
export type ReviewCandidate = z.infer<typeof ReviewCandidate>;

const offset = z.number().int().nonnegative();

const AnnotationImportInput = z
  .object({
    articleId: Id,
    json: z.string().max(limits.annotationsChars),
    /** Import annotations made on other documents than the article's URL too. */
    allowOtherSources: z.boolean().optional(),
  })
  .strict();

/** One annotation in an import's summary: where it is in the file (from 0), its id, and why. */
const AnnotationNote = z.object({
  index: z.number().int().nonnegative(),
  /** The annotation's own id (Hypothesis id, W3C IRI), when it has one. */
  annotation: z.string().optional(),
  /** A stable code for grouping; `reason` says the same in plain words. */
  kind: z.enum([
    'invalid',
    'duplicate-id',
    'page-note',
    'other-document',
    'already-imported',
    'blank-quote',
    'long-quote',
    'position-unusable',
    'reply-not-in-file',
    'reply-to-left-out',
    'reply-too-deep',
    'reply-added',
    'position-only',
    'conflicting-ratings',
    'not-found',
    'ambiguous',
    'lookalike',
    'moved',
    'changed',
    'cuts-character',
  ]),
  reason: z.string(),
});
export type AnnotationNote = z.infer<typeof AnnotationNote>;

const AnnotationImportSummary = z.object({
  counts: Counts,
  /** Annotations this article already has a claim for (each also listed in `skipped`). */
  alreadyImported: z.number().int().nonnegative(),
  /** Annotations that did not become claims or notes, and why. */
  skipped: z.array(AnnotationNote),
  /** Annotations imported with something the checker must know: review, a reply, no verdict. */
  remarks: z.array(AnnotationNote),
  warnings: z.array(z.string()),
});

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
    z
      .object({
        id: Id,
        start: offset,
        end: offset,
        /** As for claims.create: the text the offsets were taken from. */
        textSha256: Sha256.optional(),
      })
      .strict(),
    Claim,
    'Attach a claim to a span the checker chose.',
  ),
  'annotations.preview': method(
    AnnotationImportInput,
    AnnotationImportSummary,
    'What importing the annotations would do, writing nothing: how many would attach, need review or be skipped, and why.',
  ),
  'annotations.import': method(
    AnnotationImportInput,
    AnnotationImportSummary.extend({ claimIds: z.array(Id) }),
    'Import W3C Web Annotations or a Hypothesis export or API search result as claims, in one transaction. Replies join their thread’s claim as notes; page notes, annotations of other documents (unless allowed), annotations already imported, and blank or over-long quotes are skipped, each with its reason.',
  ),
} as const;
