import DiffMatchPatch from 'diff-match-patch';
import type { Replacement } from './anchoringTypes';
import { createMovedLineIndex, type BlockLines } from './movedLineIndex';
import { patienceDiff } from './patienceDiff';
import { isHighSurrogate, isLowSurrogate } from './surrogates';

type Diff = DiffMatchPatch.Diff;

const DELETE = -1;
const INSERT = 1;

/** Far more than a 1 MB article with scattered edits needs, even on a busy machine. */
export const DEFAULT_DIFF_TIMEOUT_MS = 5000;
/** Equalities this short between two edits are usually coincidence (" the ", "e"), not kept text. */
const MAX_CHAFF_LENGTH = 16;
/** Shorter chunks ("\n", "Yes. ") recur by chance, so only longer ones are taken as moved text. */
const MIN_MOVED_CHUNK_LENGTH = 8;
/** Line pairs compared when lining up a block's lines; larger blocks are diffed whole. */
const MAX_PAIRING_CHECKS = 4096;
/** Lines a pair may grow by: a join or split involves a few paragraphs, not a chapter. */
const MAX_PAIR_WIDENING = 8;
/** diff-match-patch encodes each distinct chunk as one UTF-16 code unit. */
const MAX_DISTINCT_CHUNKS = 65_000;

export interface DiffOptions {
  readonly timeoutMs?: number;
}

/**
 * The replacements that turn `oldText` into `newText`.
 *
 * A character diff of two 1 MB texts is too slow, so both texts are first cut into chunks
 * (sentences and lines) and diffed as sequences of chunks, anchored on chunks that occur once
 * in each text (patienceDiff). Runs of changed chunks are then diffed character by character,
 * each chunk or line with the one it was plainly edited into. Three rules make
 * the result safe for anchoring:
 * - a run that contains a moved chunk (deleted here and inserted elsewhere, or the reverse) is
 *   replaced whole, so a moved paragraph is never lined up letter by letter with other words;
 * - no replacement boundary falls inside a surrogate pair, so mapped offsets never split one;
 * - short coincidental equalities inside rewritten passages are folded into the replacement
 *   around them, so a deleted sentence does not appear to survive as scattered letters.
 *   Equalities that contain a line break are kept, since whole lines are real structure.
 * A diff that runs out of time is coarser, never wrong: its replacements still turn one text
 * into the other, and claims inside them are searched for.
 */
export function diffReplacements(
  oldText: string,
  newText: string,
  options: DiffOptions = {},
): Replacement[] {
  return diffTexts(oldText, newText, options).replacements;
}

export interface TextDiff {
  /** With coincidental equalities folded in: for mapping positions. */
  readonly replacements: Replacement[];
  /**
   * Before folding: only what the diff really inserted counts as inserted. Folding turns kept
   * letters into "inserted" ones, and a deleted claim must not be relocated onto those.
   */
  readonly strictReplacements: Replacement[];
}

/** diffReplacements, plus the replacements before coincidental equalities were folded in. */
export function diffTexts(oldText: string, newText: string, options: DiffOptions = {}): TextDiff {
  if (oldText === newText) return { replacements: [], strictReplacements: [] };
  const timeoutMs = options.timeoutMs ?? DEFAULT_DIFF_TIMEOUT_MS;
  const dmp = new DiffMatchPatch();
  // Zero switches off diff-match-patch's "half match" shortcut, which may pair a sentence with
  // a repeat of it elsewhere and shift every claim in between; the deadline still applies,
  // because it is passed to every call.
  dmp.Diff_Timeout = 0;
  const deadline = Date.now() + timeoutMs;
  const strictReplacements = alignToCodePoints(
    diffByChunks(dmp, oldText, newText, deadline),
    oldText,
  );
  let replacements = strictReplacements;
  // A fold grows a replacement, which can make the equality before it foldable too.
  for (let count = Infinity; replacements.length < count;) {
    count = replacements.length;
    replacements = foldChaff(replacements, oldText);
  }
  return { replacements, strictReplacements };
}

function diffByChunks(
  dmp: DiffMatchPatch,
  oldText: string,
  newText: string,
  deadline: number,
): Replacement[] {
  const chunks: string[] = [];
  const ids = new Map<string, number>();
  const encode = (text: string): string => {
    const codes: string[] = [];
    let from = 0;
    for (const end of chunkEnds(text)) {
      let chunk = text.slice(from, end);
      let id = ids.get(chunk);
      if (id === undefined && ids.size >= MAX_DISTINCT_CHUNKS) {
        // Out of codes: the rest of the text becomes one chunk, later diffed by character.
        chunk = text.slice(from);
        id = ids.get(chunk);
      }
      if (id === undefined) {
        id = chunks.length;
        chunks.push(chunk);
        ids.set(chunk, id);
      }
      codes.push(String.fromCharCode(id));
      from += chunk.length;
      if (from >= text.length) break;
    }
    return codes.join('');
  };
  // diff-match-patch's line mode would now drop short equal lines between changes to make the
  // diff read better. That also drops unchanged paragraphs between a deletion and an insertion,
  // and the character diff that follows may then pair a deleted paragraph's words with new
  // text. Every equal chunk here is genuinely unchanged text, so all of them are kept.
  const chunkDiffs = patienceDiff(dmp, encode(oldText), encode(newText), deadline);
  const decode = (codes: string): string => {
    let text = '';
    for (let i = 0; i < codes.length; i++) text += chunks[codes.charCodeAt(i)] ?? '';
    return text;
  };
  const lengthOf = (codes: string): number => {
    let length = 0;
    for (let i = 0; i < codes.length; i++) length += chunks[codes.charCodeAt(i)]?.length ?? 0;
    return length;
  };
  const isMovable = (code: number) => (chunks[code]?.length ?? 0) >= MIN_MOVED_CHUNK_LENGTH;
  const deletedCounts = countCodes(chunkDiffs, DELETE, isMovable);
  const insertedCounts = countCodes(chunkDiffs, INSERT, isMovable);

  const replacements: Replacement[] = [];
  let oldPosition = 0;
  let deletedCodes = '';
  let insertedCodes = '';
  const diffBlock = (deleted: string, inserted: string, at: number) =>
    appendReplacements(dmp.diff_main(deleted, inserted, false, deadline), at, replacements);
  /** How much of its start and end one text keeps in another: 0 unless at least half. */
  const keptShare = (before: string, after: string): number => {
    const shorter = Math.min(before.length, after.length);
    const kept = Math.min(
      shorter,
      dmp.diff_commonPrefix(before, after) + dmp.diff_commonSuffix(before, after),
    );
    return kept > 0 && kept >= shorter / 2 ? kept / Math.max(before.length, after.length) : 0;
  };
  /** As many chunks out as in, and each keeps most of its partner's start or end. */
  const pairsEditedInPlace = (deleted: string, inserted: string): boolean => {
    if (deleted.length !== inserted.length) return false;
    for (let i = 0; i < deleted.length; i++) {
      const before = chunks[deleted.charCodeAt(i)] ?? '';
      if (keptShare(before, chunks[inserted.charCodeAt(i)] ?? '') === 0) return false;
    }
    return true;
  };
  /**
   * Lines up a block's lines before any character diff: the deleted and inserted lines that
   * keep most of each other's start and end are paired and diffed together, and the lines on
   * either side are lined up the same way. Lines left without a partner are deleted or
   * inserted whole, so the letters of a deleted paragraph are never paired with the same words
   * in a neighbouring paragraph that was only edited. Lines rather than chunks, because an
   * edit that adds a sentence break splits a chunk but leaves its paragraph whole.
   */
  const diffPairedLines = (deleted: readonly string[], inserted: readonly string[], at: number) => {
    const deletedLength = deleted.reduce((sum, line) => sum + line.length, 0);
    if (deleted.length === 0 || inserted.length === 0) {
      const insertedLength = inserted.reduce((sum, line) => sum + line.length, 0);
      if (deletedLength || insertedLength) {
        replacements.push({ oldStart: at, oldEnd: at + deletedLength, newLength: insertedLength });
      }
      return;
    }
    let best = { share: 0, deletedIndex: -1, insertedIndex: -1 };
    if (deleted.length * inserted.length <= MAX_PAIRING_CHECKS) {
      deleted.forEach((before, i) => {
        inserted.forEach((after, j) => {
          const share = keptShare(before, after);
          if (share > best.share) best = { share, deletedIndex: i, insertedIndex: j };
        });
      });
    }
    if (best.deletedIndex < 0) {
      if (resemblesLineElsewhere(deleted, inserted)) {
        const insertedLength = inserted.reduce((sum, line) => sum + line.length, 0);
        replacements.push({ oldStart: at, oldEnd: at + deletedLength, newLength: insertedLength });
      } else {
        diffBlock(deleted.join(''), inserted.join(''), at);
      }
      return;
    }
    const pair = widenPair(deleted, inserted, best.deletedIndex, best.insertedIndex, best.share);
    const paired = deleted.slice(pair.deletedFrom, pair.deletedTo).join('');
    const partner = inserted.slice(pair.insertedFrom, pair.insertedTo).join('');
    const pairAt =
      at + deleted.slice(0, pair.deletedFrom).reduce((sum, line) => sum + line.length, 0);
    diffPairedLines(deleted.slice(0, pair.deletedFrom), inserted.slice(0, pair.insertedFrom), at);
    diffBlock(paired, partner, pairAt);
    diffPairedLines(
      deleted.slice(pair.deletedTo),
      inserted.slice(pair.insertedTo),
      pairAt + paired.length,
    );
  };
  /**
   * Grows a pair of lines by the neighbouring lines on either side while that makes the two
   * sides keep more of each other: two paragraphs joined into one (or one split in two) pair
   * with the joined one together, rather than one of them being deleted whole.
   */
  const widenPair = (
    deleted: readonly string[],
    inserted: readonly string[],
    deletedIndex: number,
    insertedIndex: number,
    share: number,
  ) => {
    let pair = {
      deletedFrom: deletedIndex,
      deletedTo: deletedIndex + 1,
      insertedFrom: insertedIndex,
      insertedTo: insertedIndex + 1,
    };
    let kept = share;
    for (let step = 0; step < MAX_PAIR_WIDENING; step++) {
      const widenings = [
        { ...pair, deletedFrom: pair.deletedFrom - 1 },
        { ...pair, deletedTo: pair.deletedTo + 1 },
        { ...pair, insertedFrom: pair.insertedFrom - 1 },
        { ...pair, insertedTo: pair.insertedTo + 1 },
      ].filter(
        (w) =>
          w.deletedFrom >= 0 &&
          w.insertedFrom >= 0 &&
          w.deletedTo <= deleted.length &&
          w.insertedTo <= inserted.length,
      );
      let widest = null;
      for (const widening of widenings) {
        const widened = keptShare(
          deleted.slice(widening.deletedFrom, widening.deletedTo).join(''),
          inserted.slice(widening.insertedFrom, widening.insertedTo).join(''),
        );
        if (widened > kept) {
          kept = widened;
          widest = widening;
        }
      }
      if (!widest) return pair;
      pair = widest;
    }
    return pair;
  };
  const movedLines = createMovedLineIndex(linesOfBlocks(chunkDiffs, decode));
  let blockIndex = -1;
  /**
   * Whether a line deleted here was edited into a line inserted in another block, or one
   * inserted here is an edited copy of a line deleted elsewhere: an edited paragraph that moved.
   * A character diff would then pair the moved words with this block's unrelated ones, so the
   * block is replaced whole and its claims are searched for, as with a plain move.
   */
  const resemblesLineElsewhere = (deleted: readonly string[], inserted: readonly string[]) => {
    const alike = (line: string, other: string) => keptShare(line, other) > 0;
    return (
      movedLines.resemblesElsewhere(deleted, 'inserted', blockIndex, alike) ||
      movedLines.resemblesElsewhere(inserted, 'deleted', blockIndex, alike)
    );
  };
  const flush = () => {
    if (deletedCodes || insertedCodes) blockIndex++;
    const deletedLength = lengthOf(deletedCodes);
    if (deletedCodes && insertedCodes && !containsMove(deletedCodes, insertedCodes)) {
      if (pairsEditedInPlace(deletedCodes, insertedCodes)) {
        // Each chunk was edited where it stood: diffing them in pairs keeps every character
        // diff small, which is what makes 1 MB fast.
        let at = oldPosition;
        for (let i = 0; i < deletedCodes.length; i++) {
          const before = chunks[deletedCodes.charCodeAt(i)] ?? '';
          diffBlock(before, chunks[insertedCodes.charCodeAt(i)] ?? '', at);
          at += before.length;
        }
      } else {
        diffPairedLines(
          splitLines(decode(deletedCodes)),
          splitLines(decode(insertedCodes)),
          oldPosition,
        );
      }
    } else if (deletedCodes || insertedCodes) {
      replacements.push({
        oldStart: oldPosition,
        oldEnd: oldPosition + deletedLength,
        newLength: lengthOf(insertedCodes),
      });
    }
    oldPosition += deletedLength;
    deletedCodes = '';
    insertedCodes = '';
  };
  /**
   * Whether a chunk deleted here is inserted elsewhere, or one inserted here was deleted
   * elsewhere: then part of this block is a move, and a character diff of the block would pair
   * the moved text with unrelated words (and attach claims to them), so the block is replaced
   * as a whole and its claims are found again by search.
   */
  const containsMove = (deleted: string, inserted: string): boolean => {
    const deletedHere = countCodes([[DELETE, deleted]], DELETE, isMovable);
    const insertedHere = countCodes([[INSERT, inserted]], INSERT, isMovable);
    for (const code of deletedHere.keys()) {
      if ((insertedCounts.get(code) ?? 0) > (insertedHere.get(code) ?? 0)) return true;
    }
    for (const code of insertedHere.keys()) {
      if ((deletedCounts.get(code) ?? 0) > (deletedHere.get(code) ?? 0)) return true;
    }
    return false;
  };
  for (const [operation, codes] of chunkDiffs) {
    if (operation === DELETE) deletedCodes += codes;
    else if (operation === INSERT) insertedCodes += codes;
    else {
      flush();
      oldPosition += lengthOf(codes);
    }
  }
  flush();
  return replacements;
}

/** The lines each block of changed chunks deletes and inserts, block by block. */
function linesOfBlocks(
  chunkDiffs: readonly Diff[],
  decode: (codes: string) => string,
): BlockLines[] {
  const blocks: BlockLines[] = [];
  let deleted = '';
  let inserted = '';
  const close = () => {
    if (deleted || inserted) {
      blocks.push({ deleted: splitLines(decode(deleted)), inserted: splitLines(decode(inserted)) });
    }
    deleted = '';
    inserted = '';
  };
  for (const [operation, codes] of chunkDiffs) {
    if (operation === DELETE) deleted += codes;
    else if (operation === INSERT) inserted += codes;
    else close();
  }
  close();
  return blocks;
}

/** The text cut after each line break; the last line may have none. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function countCodes(
  diffs: readonly Diff[],
  operation: number,
  include: (code: number) => boolean,
): Map<number, number> {
  const counts = new Map<number, number>();
  for (const [op, codes] of diffs) {
    if (op !== operation) continue;
    for (let i = 0; i < codes.length; i++) {
      const code = codes.charCodeAt(i);
      if (include(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Chunks end after a line break, or after sentence punctuation and a space. The cuts depend
 * only on the nearby characters, so an edit never moves the chunk boundaries around it.
 */
function chunkEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a) {
      ends.push(i + 1);
    } else if (
      (unit === 0x2e || unit === 0x21 || unit === 0x3f) &&
      text.charCodeAt(i + 1) === 0x20
    ) {
      ends.push(i + 2);
      i++;
    }
  }
  if (text.length > 0 && ends.at(-1) !== text.length) ends.push(text.length);
  return ends;
}

function appendReplacements(diffs: Diff[], oldOffset: number, out: Replacement[]): void {
  let oldPosition = oldOffset;
  let runStart = -1;
  let runDeleted = 0;
  let runInserted = 0;
  const closeRun = () => {
    if (runStart >= 0) {
      out.push({ oldStart: runStart, oldEnd: runStart + runDeleted, newLength: runInserted });
    }
    runStart = -1;
    runDeleted = 0;
    runInserted = 0;
  };
  for (const [operation, text] of diffs) {
    if (operation === DELETE || operation === INSERT) {
      if (runStart < 0) runStart = oldPosition;
      if (operation === DELETE) {
        runDeleted += text.length;
        oldPosition += text.length;
      } else {
        runInserted += text.length;
      }
    } else {
      closeRun();
      oldPosition += text.length;
    }
  }
  closeRun();
}

interface MutableReplacement {
  oldStart: number;
  oldEnd: number;
  newLength: number;
}

function absorb(into: MutableReplacement, next: Replacement): void {
  into.newLength += next.oldStart - into.oldEnd + next.newLength;
  into.oldEnd = next.oldEnd;
}

/**
 * Widens replacements so none starts or ends between the halves of a surrogate pair. The
 * widened-over unit sits in unchanged text, so it is both deleted and re-inserted.
 */
function alignToCodePoints(replacements: readonly Replacement[], oldText: string): Replacement[] {
  const out: MutableReplacement[] = [];
  replacements.forEach((replacement, i) => {
    const current: MutableReplacement = { ...replacement };
    const previous = out.at(-1);
    if (previous && previous.oldEnd >= current.oldStart) {
      absorb(previous, current);
      return;
    }
    if (current.oldStart > 0 && isHighSurrogate(oldText.charCodeAt(current.oldStart - 1))) {
      current.oldStart--;
      current.newLength++;
      if (previous && previous.oldEnd === current.oldStart) {
        absorb(previous, current);
        return;
      }
    }
    const next = replacements[i + 1];
    const followedByEquality = next === undefined || next.oldStart > current.oldEnd;
    if (followedByEquality && isLowSurrogate(oldText.charCodeAt(current.oldEnd))) {
      current.oldEnd++;
      current.newLength++;
    }
    out.push(current);
  });
  return out;
}

function foldChaff(replacements: readonly Replacement[], oldText: string): Replacement[] {
  const out: MutableReplacement[] = [];
  for (const replacement of replacements) {
    const previous = out.at(-1);
    if (previous) {
      const gap = replacement.oldStart - previous.oldEnd;
      const previousSize = Math.max(previous.oldEnd - previous.oldStart, previous.newLength);
      const currentSize = Math.max(
        replacement.oldEnd - replacement.oldStart,
        replacement.newLength,
      );
      const isChaff =
        gap <= MAX_CHAFF_LENGTH &&
        gap <= previousSize &&
        gap <= currentSize &&
        !hasLineBreak(oldText, previous.oldEnd, replacement.oldStart);
      if (gap === 0 || isChaff) {
        absorb(previous, replacement);
        continue;
      }
    }
    out.push({ ...replacement });
  }
  return out;
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  const index = text.indexOf('\n', start);
  return index >= 0 && index < end;
}
