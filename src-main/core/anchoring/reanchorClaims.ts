import { CONTEXT_LENGTH, type AnchorState } from '../model';
import type {
  Candidate,
  CandidateScore,
  ReviewReason,
  ReanchorCounts,
  ReanchoredClaim,
  ReanchorResult,
  StoredAnchor,
} from './anchoringTypes';
import { paragraphBreaksIn } from './compareContext';
import { charactersCutBy, toWholeCharacters } from '../text/wholeCharacters';
import { contextAround } from './contextAround';
import { createChangeMap, type TouchingReplacement } from './createChangeMap';
import { diffTexts, type DiffOptions } from './diffReplacements';
import { isMatchSpace, sameWords } from './matchableText';
import { createRelocationScope, relocateQuote, type RelocationScope } from './relocateQuote';
import { scoreCandidate } from './scoreCandidate';
import { keepsItsSurroundings, type Choice } from './weighCandidates';

/**
 * A claim edited in place stays `changed` only while at least this share of its span is its
 * own surviving text; below that the edit is treated as a rewrite and the claim is searched for.
 */
export const MIN_SURVIVING_SHARE = 0.5;

/**
 * The diff lining a claim up with its old text is evidence in itself, so a diff placement is
 * not put to the evidence rule that searched-for places face; but where the claim's context
 * was edited too, quote and context must still be this similar: a few letters lined up inside
 * a rewritten block, with a foreign context, fall below it.
 */
export const MIN_DIFF_SIMILARITY = 0.65;

export interface ReanchorOptions extends DiffOptions {
  /** Code units that whole-text approximate search may scan in this run (see relocateQuote). */
  readonly fuzzyScanBudget?: number;
}

/**
 * Re-anchors claims from `oldText` to a new version of the article, `newText`.
 *
 * Each claim's `start`/`end` must refer to `oldText`. Then, in order:
 * 1. The texts are diffed and the claim's range is mapped through the diff.
 * 2. If none of the claim's text was touched it is kept (`attached`, confidence 1), even if
 *    its offsets shifted.
 * 3. If the edits left at least MIN_SURVIVING_SHARE of the mapped span as the claim's own
 *    text, it is `changed`, with the new exact text and that share as confidence, or still
 *    `attached` when the new words are the same words (sameWords: line ends, white space,
 *    NFC/NFD, invisible characters and quotation mark styles aside). When the claim's context
 *    was edited too, quote and context must still be similar enough (MIN_DIFF_SIMILARITY); if
 *    they are not, the claim is orphaned where it mapped to.
 * 4. Otherwise, and for claims whose offsets did not select their quote in `oldText` (for
 *    example claims orphaned earlier), the quote is searched for in text the new version
 *    inserted and in what is left of the claim's own text (see relocateQuote), and each place
 *    found is put to the evidence rule (weighCandidates): its context must agree as well as
 *    its words. Found with the same words elsewhere it is `moved`; with other words,
 *    `changed`; at the very place it would map to, `attached`. Confidence is the candidate's
 *    similarity.
 * 5. Otherwise the claim is `orphaned` at the position its text would have had, keeping its
 *    old selector, with confidence 0, and with `review` saying why when search found something:
 *    `ambiguous` (several places about equally good; none is chosen) or `lookalike` (the same
 *    words with other surroundings). A claim whose text was deleted is never attached to
 *    another occurrence of the same words that the diff shows was already in the old text.
 */
export function reanchorClaims(
  oldText: string,
  newText: string,
  claims: readonly StoredAnchor[],
  options: ReanchorOptions = {},
): ReanchorResult {
  const counts: ReanchorCounts = { kept: 0, moved: 0, changed: 0, orphaned: 0 };
  if (oldText === newText) {
    const unchanged = claims.map((claim): ReanchoredClaim => {
      if (selectsQuote(oldText, claim)) {
        counts.kept++;
        const { id, start, end, exact, prefix, suffix } = claim;
        // A literal rather than a spread: object spread is several times slower in V8.
        return { id, start, end, exact, prefix, suffix, anchorState: 'attached', confidence: 1 };
      }
      counts.orphaned++;
      return orphan(claim, clampOffset(claim.start, oldText.length));
    });
    return { claims: unchanged, counts };
  }

  const diff = diffTexts(oldText, newText, options);
  const scope = createRelocationScope(
    oldText,
    newText,
    createChangeMap(diff.replacements),
    createChangeMap(diff.strictReplacements),
    options.fuzzyScanBudget,
  );
  const reanchored = claims.map((claim) =>
    inWholeCharacters(oldText, newText, claim, reanchorOne(scope, claim)),
  );
  for (const claim of reanchored) {
    if (claim.anchorState === 'attached') counts.kept++;
    else counts[claim.anchorState]++;
  }
  return { claims: reanchored, counts };
}

/**
 * A claim placed so that it starts or ends inside a character of the new text (an accent was
 * put after its last letter, a joiner made its emoji part of a sequence) would hold part of
 * that character: it is widened to the whole character, and its words changed. A claim that
 * was cut inside a character already in the old text (marked before spans were checked) is
 * left as it was: its words did not change.
 */
function inWholeCharacters(
  oldText: string,
  newText: string,
  claim: StoredAnchor,
  placed: ReanchoredClaim,
): ReanchoredClaim {
  if (
    placed.anchorState === 'orphaned' ||
    charactersCutBy(newText, placed.start, placed.end).length === 0 ||
    (selectsQuote(oldText, claim) && charactersCutBy(oldText, claim.start, claim.end).length > 0)
  ) {
    return placed;
  }
  const { start, end } = toWholeCharacters(newText, placed.start, placed.end);
  const { review: _review, ...rest } = placed;
  return {
    ...rest,
    start,
    end,
    exact: newText.slice(start, end),
    ...contextAround(newText, start, end),
    anchorState: 'changed',
  };
}

function reanchorOne(scope: RelocationScope, claim: StoredAnchor): ReanchoredClaim {
  const { oldText, newText, map } = scope;
  if (!selectsQuote(oldText, claim)) {
    const expected = map.mapStart(clampOffset(claim.start, oldText.length));
    if (claim.exact.length === 0) return orphan(claim, expected);
    return relocated(scope, claim, relocateQuote(scope, claim, expected, null), expected);
  }

  const range = map.mapRange(claim.start, claim.end);
  const share = range.touched
    ? range.survivingLength / Math.max(claim.end - claim.start, range.end - range.start)
    : 1;
  if (range.survivingLength > 0 && share >= MIN_SURVIVING_SHARE) {
    const contextEdits = editsOfContext(scope, claim);
    // An edit that split or joined the claim's paragraph next to it is a rewrite: the words
    // that said whose claim it is may now belong to another paragraph. Then the diff's lining
    // up is no evidence, and the claim is put to the evidence rule below like any other.
    if (!restructuresParagraphs(scope, contextEdits)) {
      const exact = range.touched ? newText.slice(range.start, range.end) : claim.exact;
      const here = sameWords(exact, claim.exact)
        ? placed(scope, claim, range.start, range.end, 'attached', 1)
        : placed(scope, claim, range.start, range.end, 'changed', share);
      // A paragraph break put into the claim's words, or taken out of them: the words are the
      // same, but they now belong to other paragraphs, so the checker is asked.
      if (range.touched && paragraphsChanged(scope, claim, range.start, range.end)) {
        return { ...here, review: 'context' };
      }
      if (contextEdits.length === 0) {
        // Words further back in its sentence may have changed what it says ("Trump has
        // accused…" became "Nobody has accused…"): the checker is asked.
        // A claim whose own words changed goes to review anyway.
        return here.anchorState === 'attached' && sentenceEdited(scope, claim)
          ? { ...here, review: 'context' }
          : here;
      }
      const score = scoreHere(scope, claim, range.start, range.end, share);
      // Searching elsewhere could only find a lookalike of text the diff says is still here.
      if (score.similarity < MIN_DIFF_SIMILARITY) return orphan(claim, range.start);
      // The claim's words are where they were, but the words around them now say something
      // else inside its paragraph ("Team Alpha said" became "Team Gamma said"): whose they are
      // may have changed, so the checker is asked.
      const contradicted =
        score.prefixContext.kind === 'different' ||
        score.suffixContext.kind === 'different' ||
        gainedWordsAtEdge(scope, claim, range.start, range.end) ||
        (here.anchorState === 'attached' && sentenceEdited(scope, claim));
      return contradicted ? { ...here, review: 'context' } : here;
    }
  }
  const own = {
    oldStart: claim.start,
    oldEnd: claim.end,
    newStart: range.start,
    newEnd: range.end,
  };
  return relocated(scope, claim, relocateQuote(scope, claim, range.start, own), range.start);
}

/**
 * Whether a claim that began or ended the text (an empty stored prefix or suffix) now has words
 * on that side within its own paragraph: the lede that became "It is false that Crime fell…".
 * compareContext calls an empty side `edge` and lets it say nothing, which is right for telling
 * places apart; but a claim that kept its place and gained neighbours in its sentence may now
 * be someone else's words, so the checker is asked, as when its neighbours were rewritten.
 */
function gainedWordsAtEdge(
  scope: RelocationScope,
  claim: StoredAnchor,
  start: number,
  end: number,
): boolean {
  const { newText, linesAreParagraphs: lines } = scope;
  if (claim.prefix === '') {
    let last = start - 1;
    while (last >= 0 && isMatchSpace(newText.charCodeAt(last))) last--;
    if (last >= 0 && paragraphBreaksIn(newText, last + 1, start, lines) === 0) return true;
  }
  if (claim.suffix === '') {
    let first = end;
    while (first < newText.length && isMatchSpace(newText.charCodeAt(first))) first++;
    if (first < newText.length && paragraphBreaksIn(newText, end, first, lines) === 0) return true;
  }
  return false;
}

/** How far a claim's sentence is looked at either side of it, at most, in code units. */
const MAX_SENTENCE_REACH = 600;

/**
 * Whether an edit touched the rest of the claim's sentence in the old text, beyond the stored
 * context: from the last sentence end (". ", "! ", "? " or a line break) before the claim to
 * the first after it, up to MAX_SENTENCE_REACH either side. A claim is often part of a
 * sentence whose subject or negation lies further back than its context reaches.
 */
function sentenceEdited(scope: RelocationScope, claim: StoredAnchor): boolean {
  const { oldText, map } = scope;
  const floor = Math.max(0, claim.start - MAX_SENTENCE_REACH);
  let from = claim.start;
  while (from > floor && !endsSentenceBefore(oldText, from)) from--;
  const ceiling = Math.min(oldText.length, claim.end + MAX_SENTENCE_REACH);
  let to = claim.end;
  while (to < ceiling && !endsSentenceBefore(oldText, to + 1)) to++;
  const edits = [
    ...map.replacementsTouching(from, claim.start),
    ...map.replacementsTouching(claim.end, to),
  ];
  return edits.some(
    (edit) =>
      (edit.oldEnd > from && edit.oldStart < claim.start) ||
      (edit.oldStart < to && edit.oldEnd > claim.end) ||
      (edit.oldStart === edit.oldEnd && edit.oldStart > from && edit.oldStart < to),
  );
}

/** Whether a sentence ends just before `offset`: after a line break, or ". ", "! ", "? ". */
function endsSentenceBefore(text: string, offset: number): boolean {
  const previous = text.charCodeAt(offset - 1);
  if (previous === 0x0a || previous === 0x0d) return true;
  const mark = text.charCodeAt(offset - 2);
  return previous === 0x20 && (mark === 0x2e || mark === 0x21 || mark === 0x3f);
}

/** The edits that touch the claim's stored context (CONTEXT_LENGTH either side), ends included. */
function editsOfContext(scope: RelocationScope, claim: StoredAnchor): TouchingReplacement[] {
  const before = Math.max(0, claim.start - CONTEXT_LENGTH);
  const after = Math.min(scope.oldText.length, claim.end + CONTEXT_LENGTH);
  const edits = scope.map.replacementsTouching(before, claim.start);
  for (const edit of scope.map.replacementsTouching(claim.end, after)) {
    if (!edits.some((known) => known.oldStart === edit.oldStart)) edits.push(edit);
  }
  return edits;
}

/** Whether one of these edits put a paragraph break where there was none, or took one away. */
function restructuresParagraphs(
  scope: RelocationScope,
  edits: readonly TouchingReplacement[],
): boolean {
  const { oldText, newText, linesAreParagraphs } = scope;
  return edits.some(
    (edit) =>
      paragraphBreaksIn(oldText, edit.oldStart, edit.oldEnd, linesAreParagraphs) !==
      paragraphBreaksIn(newText, edit.newStart, edit.newEnd, linesAreParagraphs),
  );
}

/**
 * A character diff of a rewritten block can line up a few letters of a deleted sentence with
 * letters of new text. Where a claim's surroundings were edited, its diff placement is only
 * trusted if quote and context are still similar enough (MIN_DIFF_SIMILARITY); the scores
 * also say whether the context now contradicts the claim's.
 */
function scoreHere(
  scope: RelocationScope,
  claim: StoredAnchor,
  start: number,
  end: number,
  share: number,
): CandidateScore {
  const errors = Math.round(claim.exact.length * (1 - share));
  return scoreCandidate(scope.newText, claim, start, end, errors, {
    expectedStart: start,
    linesAreParagraphs: scope.linesAreParagraphs,
  });
}

function relocated(
  scope: RelocationScope,
  claim: StoredAnchor,
  choice: Choice,
  expected: number,
): ReanchoredClaim {
  if (choice.kind !== 'found') {
    const review =
      choice.kind === 'ambiguous' ? 'ambiguous' : choice.lookalike ? 'lookalike' : null;
    return orphan(claim, expected, review);
  }
  const found: Candidate = choice.candidate;
  const state: AnchorState = !sameWords(found.exact, claim.exact)
    ? 'changed'
    : found.start === expected
      ? 'attached'
      : 'moved';
  const claimHere = placed(
    scope,
    claim,
    found.start,
    found.end,
    state,
    found.components.similarity,
  );
  return (state === 'moved' && !keepsItsSurroundings(found)) ||
    paragraphsChanged(scope, claim, found.start, found.end)
    ? { ...claimHere, review: 'context' }
    : claimHere;
}

/**
 * Whether the claim's words now hold more or fewer paragraph breaks than they did: the same
 * words, but spread over other paragraphs (a break put into a claim, or two paragraphs joined
 * inside it), so whose words they are may have changed.
 */
function paragraphsChanged(
  scope: RelocationScope,
  claim: StoredAnchor,
  start: number,
  end: number,
): boolean {
  // Breaks between the claim's first and last words only: paragraphBreaksIn would also count
  // the break before a claim that opens its paragraph.
  const inner = (text: string, from: number, to: number, lines: boolean) => {
    const needed = lines ? 1 : 2;
    let breaks = 0;
    let lineEnds = 0;
    let first = from;
    let last = to;
    while (first < last && isMatchSpace(text.charCodeAt(first))) first++;
    while (last > first && isMatchSpace(text.charCodeAt(last - 1))) last--;
    for (let i = first; i <= last; i++) {
      const unit = text.charCodeAt(i);
      if (i < last && isMatchSpace(unit)) {
        if (unit === 0x0a || (unit === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) lineEnds++;
        if (unit === 0x2029) lineEnds += needed;
      } else {
        if (lineEnds >= needed) breaks++;
        lineEnds = 0;
      }
    }
    return breaks;
  };
  return (
    inner(scope.newText, start, end, scope.linesAreParagraphs) !==
    inner(scope.oldText, claim.start, claim.end, scope.oldLinesAreParagraphs)
  );
}

function placed(
  scope: RelocationScope,
  claim: StoredAnchor,
  start: number,
  end: number,
  anchorState: AnchorState,
  confidence: number,
): ReanchoredClaim {
  const { newText } = scope;
  const { prefix, suffix } = contextAround(newText, start, end);
  const exact = newText.slice(start, end);
  return {
    id: claim.id,
    start,
    end,
    exact,
    prefix,
    suffix,
    anchorState,
    confidence,
  };
}

function orphan(
  claim: StoredAnchor,
  at: number,
  review: ReviewReason | null = null,
): ReanchoredClaim {
  const { id, exact, prefix, suffix } = claim;
  const orphaned: ReanchoredClaim = {
    id,
    start: at,
    end: at,
    exact,
    prefix,
    suffix,
    anchorState: 'orphaned',
    confidence: 0,
  };
  return review ? { ...orphaned, review } : orphaned;
}

function selectsQuote(text: string, claim: StoredAnchor): boolean {
  const { start, end, exact } = claim;
  return (
    exact.length > 0 &&
    Number.isInteger(start) &&
    start >= 0 &&
    end - start === exact.length &&
    end <= text.length &&
    text.startsWith(exact, start)
  );
}

/** A usable offset for a claim whose stored start may be stale or malformed. */
function clampOffset(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.min(Math.max(0, Math.floor(offset)), length) : 0;
}
