import { diff_match_patch as DiffMatchPatch, DIFF_DELETE, DIFF_INSERT } from 'diff-match-patch';

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Words (letters, digits and their marks), runs of white space, and single other characters. */
const TOKEN = /[\p{L}\p{N}\p{M}]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu;

/**
 * A readable diff of a claim's old and new words, in whole words: "110" → "115" shows the old
 * number struck and the new one added, never "11" with a struck "0" and an added "5", which
 * reads as "1105". Each distinct word is diffed as one unit (diff-match-patch's line mode,
 * applied to words).
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const words: string[] = [];
  const codes = new Map<string, string>();
  const encode = (text: string) =>
    (text.match(TOKEN) ?? [])
      .map((word) => {
        let code = codes.get(word);
        if (code === undefined) {
          code = String.fromCharCode(words.length);
          words.push(word);
          codes.set(word, code);
        }
        return code;
      })
      .join('');
  const dmp = new DiffMatchPatch();
  const encodedBefore = encode(before);
  const encodedAfter = encode(after);
  // One code unit per distinct word: past that many, the words are compared letter by letter.
  if (words.length > 0xffff) return letterDiff(dmp, before, after);
  const diffs = dmp.diff_main(encodedBefore, encodedAfter, false);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, encoded]) => ({
    kind: op === DIFF_DELETE ? 'removed' : op === DIFF_INSERT ? 'added' : 'same',
    text: [...encoded].map((code) => words[code.charCodeAt(0)] ?? '').join(''),
  }));
}

function letterDiff(
  dmp: InstanceType<typeof DiffMatchPatch>,
  before: string,
  after: string,
): DiffPart[] {
  const diffs = dmp.diff_main(before, after);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, text]) => ({
    kind: op === DIFF_DELETE ? 'removed' : op === DIFF_INSERT ? 'added' : 'same',
    text,
  }));
}
