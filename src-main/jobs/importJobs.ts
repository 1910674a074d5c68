import { importArticle } from '../importers/importArticle';
import type { ImportOptions } from '../importers/ImportResult';

/** What every job gets besides its own input: the moment it must have finished by. */
export interface ImportJobContext {
  /** Date.now() value after which the job is stopped; long jobs may refuse earlier. */
  deadline: number;
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
};

export type ImportJobKind = keyof typeof importJobs;
export type ImportJobInput<K extends ImportJobKind> = Parameters<(typeof importJobs)[K]>[0];
export type ImportJobOutput<K extends ImportJobKind> = Awaited<ReturnType<(typeof importJobs)[K]>>;
