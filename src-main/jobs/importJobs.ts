import type { FactCheckFeedErrorCode } from '../core/factchecks/FactCheckFeedError';
import { FactCheckFeedError } from '../core/factchecks/FactCheckFeedError';
import { parseFactCheckFeed } from '../core/factchecks/parseFactCheckFeed';
import type { ImportErrorCode } from '../importers/ImportError';
import { ImportError } from '../importers/ImportError';
import { importArticle } from '../importers/importArticle';
import type { ImportOptions } from '../importers/ImportResult';

/** What every job gets besides its own input: the moment it must have finished by. */
export interface ImportJobContext {
  /** Date.now() value after which the job is stopped; long jobs may refuse earlier. */
  deadline: number;
}

/** A feed's refusal as the import refusal the worker carries back (its message unchanged). */
const feedRefusalCodes: Record<FactCheckFeedErrorCode, ImportErrorCode> = {
  too_large: 'too_large',
  too_many_items: 'too_large',
  too_deep: 'too_large',
  not_text: 'binary',
  not_json: 'unsupported',
  no_reviews: 'unsupported',
  too_slow: 'too_slow',
};

function readFeed(fileName: string, bytes: Uint8Array, deadline: number) {
  try {
    return parseFactCheckFeed(bytes, { deadline });
  } catch (error) {
    if (error instanceof FactCheckFeedError) {
      throw new ImportError(feedRefusalCodes[error.code], `${fileName}: ${error.message}`);
    }
    throw error;
  }
}

/**
 * The kinds of import that run in the import worker, by name: each takes plain data (structured
 * clone) and returns plain data. A new kind of import (a fact-check feed, say) is one more entry
 * here; runImportJob and the worker need no change.
 */
export const importJobs = {
  /** An article file (text, Markdown, HTML, Word, PDF) as text, metadata and warnings. */
  articleFile: (
    input: { fileName: string; bytes: Uint8Array; options?: ImportOptions },
    context: ImportJobContext,
  ) => importArticle(input.fileName, input.bytes, { ...input.options, deadline: context.deadline }),
  /** A fact-check feed (ClaimReview, DataFeed, Fact Check Tools JSON) as reviews and skipped items. */
  factCheckFeed: (input: { fileName: string; bytes: Uint8Array }, context: ImportJobContext) =>
    Promise.resolve(readFeed(input.fileName, input.bytes, context.deadline)),
};

export type ImportJobKind = keyof typeof importJobs;
export type ImportJobInput<K extends ImportJobKind> = Parameters<(typeof importJobs)[K]>[0];
export type ImportJobOutput<K extends ImportJobKind> = Awaited<ReturnType<(typeof importJobs)[K]>>;
