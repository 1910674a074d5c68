import { diff_match_patch as DiffMatchPatch, DIFF_DELETE, DIFF_INSERT } from 'diff-match-patch';

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** A readable diff of a claim's old and new words, cleaned up to whole-word changes. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const dmp = new DiffMatchPatch();
  const diffs = dmp.diff_main(before, after);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, text]) => ({
    kind: op === DIFF_DELETE ? 'removed' : op === DIFF_INSERT ? 'added' : 'same',
    text,
  }));
}
