import { z } from 'zod';
import { FactCheck, FactCheckImportResult } from '../core/factchecks/FactCheck';
import { limits } from '../core/limits';
import { Claim, Id } from '../core/model';
import { SearchFilters, SearchKind, SearchResult, SimilarCheck } from '../core/search/SearchResult';
import { method } from './method';

/** A feed crosses the boundary as base64: 4 characters for every 3 bytes. */
const FEED_BASE64_CHARS = Math.ceil(limits.factCheckFeedBytes / 3) * 4;

/** Search and claim-matching methods of the contract; merged into the one table in methods.ts. */
export const searchMethods = {
  'search.query': method(
    z
      .object({
        /** What the person typed: words, "quoted phrases", -excluded words. Never FTS5 syntax. */
        query: z.string().max(1000),
        kinds: z.array(SearchKind).min(1).max(4).optional(),
        filters: SearchFilters.optional(),
        /** At most this many results in all, best first. */
        limit: z.number().int().min(1).max(200).optional(),
        /** At most this many of each kind (for a panel grouped by kind). */
        perKind: z.number().int().min(1).max(200).optional(),
        /** The last word may be the start of a longer one: search as you type. */
        prefix: z.boolean().optional(),
      })
      .strict(),
    z.object({ results: z.array(SearchResult) }),
    'Search claims, articles, sources and imported fact checks; any text is a valid query.',
  ),
  'claims.similar': method(
    z
      .object({
        /** A claim of this desk; it is never among its own matches. */
        claimId: Id.optional(),
        /** Or any claim text, e.g. typed at the command line. */
        text: z.string().max(20_000).optional(),
        /** BCP 47 tag of `text`; without it the language is guessed. */
        language: z.string().max(35).optional(),
        limit: z.number().int().min(1).max(50).optional(),
      })
      .strict()
      .refine((input) => (input.claimId === undefined) !== (input.text === undefined), {
        message: 'give either claimId or text',
      }),
    z.object({ results: z.array(SimilarCheck) }),
    'Earlier checks and imported fact checks that may state the same claim, most similar first.',
  ),
  'claims.citeCheck': method(
    z
      .object({
        claimId: Id,
        check: z.object({ kind: z.enum(['claim', 'factcheck']), id: Id }).strict(),
      })
      .strict(),
    Claim,
    'Cite an earlier check, with its verdict, as a source of stance "context" on a claim.',
  ),
  'factchecks.import': method(
    z
      .object({
        fileName: z.string().min(1).max(255),
        dataBase64: z.string().max(FEED_BASE64_CHARS),
      })
      .strict(),
    FactCheckImportResult,
    'Import ClaimReview JSON-LD, a DataFeed of them, or Fact Check Tools API JSON as fact checks.',
  ),
  'factchecks.get': method(z.object({ id: Id }).strict(), FactCheck, 'One imported fact check.'),
} as const;
