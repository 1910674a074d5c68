import type { MethodOutput } from '../../../src-main/contract/methods';

type Summary = MethodOutput<'annotations.preview'>;
type Note = Summary['skipped'][number];

/** One annotation in a list: its place in the file (from 1), its id when it has one, and why. */
export function describeAnnotationNote(note: Note): string {
  const id = note.annotation === undefined ? '' : ` (${note.annotation})`;
  return `Annotation ${note.index + 1}${id}: ${note.reason}`;
}

/**
 * An import's outcome in a fact-checker's words: how many annotations attach to their words,
 * how many become claims that need review, how many join a claim as replies, and how many are
 * left out (those already imported counted apart). `done` is false for a preview ("will").
 */
export function describeAnnotationImport(summary: Summary, done: boolean): string {
  const { counts, skipped, remarks, alreadyImported } = summary;
  const review = counts.moved + counts.changed + counts.orphaned;
  const replies = remarks.filter((note) => note.kind === 'reply-added').length;
  const leftOut = skipped.length - alreadyImported;
  const verb = (will: string, did: string) => (done ? did : will);
  const parts = [
    `${counts.kept} ${verb('will attach', 'attached')} to ${counts.kept === 1 ? 'its' : 'their'} words`,
    `${review} ${verb('will need', review === 1 ? 'needs' : 'need')} review`,
  ];
  if (replies > 0) {
    parts.push(
      `${replies} ${replies === 1 ? 'reply' : 'replies'} ${verb('will join', 'joined')} a claim’s notes`,
    );
  }
  if (leftOut > 0) parts.push(`${leftOut} ${verb('will be', 'were')} left out`);
  if (alreadyImported > 0) parts.push(`${alreadyImported} already imported`);
  return `${done ? 'Imported' : 'If you import this file'}: ${parts.join(', ')}.`;
}
