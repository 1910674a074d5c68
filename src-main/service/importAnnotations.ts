import { z } from 'zod';
import type { AnnotationNote } from '../contract/anchoringMethods';
import { FactdeskError, invalid } from '../contract/errors';
import type { MethodOutput } from '../contract/methods';
import {
  exactMatches,
  MAX_EXACT_OCCURRENCES,
  findCandidates,
  keepsItsSurroundings,
  quoteEdges,
  linesAreParagraphs,
  quoteSelectorAt,
  sameWords,
  toMatchable,
  weighCandidates,
  withQuoteIndex,
  type Candidate,
  type MatchableText,
} from '../core/anchoring/index';
import { toCandidate } from '../core/anchoring/findCandidates';
import { compareContextIn } from '../core/anchoring/scoreCandidate';
import { boundaryRequirement, respectsBoundaries } from '../core/anchoring/wordBoundaries';
import type { AnchorReview, AnchorState, Article } from '../core/model';
import { ClaimFields, SourceFields, VerdictFields } from '../core/model';
import type { ParsedAnnotation } from '../core/report/index';
import { parseW3cAnnotations } from '../core/report/index';
import { findRating } from '../core/scales/builtinScales';
import { createCodePointIndex, type CodePointIndex } from '../core/text/codePoints';
import {
  directionControlsNote,
  recordWithoutDirectionControls,
} from '../core/text/directionControls';
import {
  charactersCutBy,
  describeCharacterCut,
  toWholeCharacters,
} from '../core/text/wholeCharacters';
import { normaliseUrl } from '../core/training/normaliseUrl';
import type { WorkbenchContext } from './WorkbenchContext';
import { scaleById } from './scaleHandlers';
import { errorMessage } from '../core/errorMessage';

/**
 * Places that no side of context contradicts that are scored for one quote, at most. A phrase
 * that common ("he said") with surroundings that fit everywhere cannot be placed by evidence,
 * and scoring thousands of copies for each of thousands of annotations would freeze the
 * import; the claim goes to review, where the checker sees the best places.
 */
export const MAX_SCORED_OCCURRENCES = 100;
/**
 * Code units that approximate search may scan over the whole import, for quotes that are not
 * in the text word for word: 20 full passes over a 1 MB article. Beyond it, quotes that were
 * not found exactly go to review, where candidates are looked for one claim at a time.
 */
export const IMPORT_FUZZY_SCAN_BUDGET = 20_000_000;
/**
 * Places found word for word over the whole import: a file of thousands of such quotes stops
 * here, a few seconds in, and its remaining quotes that were not where the file said go to
 * review rather than hold the app.
 */
export const IMPORT_EXACT_MATCH_BUDGET = 1_000_000;
/** Candidates looked for approximately, per quote, before the evidence rule weighs them. */
const FUZZY_CANDIDATES = 5;

/**
 * Longest quote an annotation may carry, in UTF-16 code units. A claim is a sentence or a
 * passage, not a chapter; the longest claims in our newsroom samples are a few hundred
 * characters. Searching for a quote that is not in the text word for word costs time that grows
 * with the quote's length, so a longer one is refused, per annotation, before any search.
 */
export const MAX_ANNOTATION_QUOTE_CHARS = 2_000;
/**
 * Replies followed up a thread to the annotation that started it. Hypothesis threads are a few
 * levels deep; a longer chain is a malformed or hostile file and is refused per reply.
 */
export const MAX_REPLY_DEPTH = 100;

interface Placement {
  start: number;
  end: number;
  anchorState: AnchorState;
  review: AnchorReview | null;
}

export interface ImportAnnotationsOptions {
  /** Import annotations made on other documents than the article's URL too. */
  allowOtherSources?: boolean;
}

export type AnnotationNoteKind = AnnotationNote['kind'];

/** What an import did, or (in a preview) would do; every left-out or changed annotation listed. */
export type AnnotationImportSummary = MethodOutput<'annotations.preview'>;

/** What the import needs to know about the article's text, computed once for all annotations. */
interface ImportScope {
  text: string;
  /** The text reduced for matching, with a quote index: made when a quote must be searched for. */
  matchable(): MatchableText;
  codePoints: CodePointIndex;
  linesAreParagraphs: boolean;
  budget: { fuzzyScanBudget: number; exactMatches: number };
  /** Quotes sent to review unsearched because the import's budget of places was used up. */
  unsearched: number;
}

/** A claim the import will make, with everything it needs to write it. */
interface PlannedClaim {
  index: number;
  annotation: ParsedAnnotation;
  placed: Placement;
  /** The claim's quote selector: the annotation's own, or the words at its position. */
  selector: { exact: string; prefix: string; suffix: string };
  notes: string;
  ratingKey: string | null;
  conclusion: string;
}

/** A reply, and the claim whose notes it joins: a planned one, or one imported before. */
interface PlannedReply {
  index: number;
  reply: ParsedAnnotation;
  root: { planned: number } | { claimId: number };
}

interface ImportPlan {
  claims: PlannedClaim[];
  replies: PlannedReply[];
  summary: AnnotationImportSummary;
}

/**
 * What `importAnnotations` would do with the file, without writing anything: the same counts,
 * skipped annotations and remarks. Errors: as importAnnotations (a file-level refusal).
 */
export function previewAnnotationImport(
  ctx: WorkbenchContext,
  article: Article,
  json: string,
  options: ImportAnnotationsOptions = {},
): AnnotationImportSummary {
  return planImport(ctx, article, json, options).summary;
}

/**
 * Imports a W3C AnnotationCollection, a Hypothesis export or a Hypothesis API search result as
 * claims, in one transaction: all of them or, when any value is refused, none.
 *
 * - Replies (Hypothesis `references`, W3C `replying`, replies to replies up to
 *   MAX_REPLY_DEPTH) join the notes of the claim made from the annotation that started their
 *   thread; a reply whose thread has no claim is skipped, saying why. Page notes (no selector)
 *   and malformed annotations are skipped with what is wrong.
 * - An annotation is skipped when any document it names (a target, a target's source, `uri`)
 *   is another document than the article's URL, unless `allowOtherSources`; an article without
 *   a URL takes all of them, with a warning.
 * - An annotation already imported into this article (its id is recorded in its claim's
 *   `import` audit row) is skipped, and counted in `alreadyImported`.
 * - Blank quotes and quotes over MAX_ANNOTATION_QUOTE_CHARS are skipped.
 * - Each quote is placed by the evidence rule (docs/anchoring.md); an annotation with only a
 *   position has no evidence that the words there are its own, so its claim is orphaned for
 *   review with those words as the place to check.
 * - The annotator (W3C `creator`, Hypothesis `user`) is named in the claim's notes and its
 *   import record, never as the claimant. Comments are kept in the notes; two different
 *   ratings give no verdict, both named in the notes and the summary.
 * - Values longer than the contract allows refuse the whole file, naming the field.
 * Every skipped annotation is in `skipped` and every one imported with something to check in
 * `remarks`, with its index in the file (from 0), its id and the reason in plain words.
 */
export function importAnnotations(
  ctx: WorkbenchContext,
  article: Article,
  json: string,
  options: ImportAnnotationsOptions = {},
): AnnotationImportSummary & { claimIds: number[] } {
  const plan = planImport(ctx, article, json, options);
  const { store } = ctx;
  const scale = scaleById(store, ctx.preferences().defaultScaleId);
  const text = article.text;
  const { summary } = plan;
  return store.transaction(() => {
    // Another import may have committed since the plan read what was imported.
    const imported = store.audit.importedAnnotations(article.id);
    const claimIds: number[] = [];
    const made = new Map<number, { id: number; notes: string }>();
    const now = ctx.now();
    for (const planned of plan.claims) {
      const { annotation, placed, index } = planned;
      const earlier = annotation.id === undefined ? undefined : imported.get(annotation.id);
      if (earlier) {
        summary.counts[countOf(placed.anchorState)]--;
        summary.remarks = summary.remarks.filter((remark) => remark.index !== index);
        summary.skipped.push(alreadyImportedNote(index, annotation, earlier.number));
        summary.alreadyImported++;
        continue;
      }
      const selector =
        placed.anchorState === 'orphaned'
          ? planned.selector
          : quoteSelectorAt(text, placed.start, placed.end);
      const inReview = placed.anchorState !== 'attached' || placed.review !== null;
      const id = store.claims.insert(
        article.id,
        {
          start: placed.start,
          end: placed.end,
          ...selector,
          anchoredVersion: article.version,
          anchorState: placed.anchorState,
          anchorReview: placed.review,
        },
        {
          notes: planned.notes,
          status: inReview ? 'needs_review' : 'unchecked',
          ...(annotation.tags.length > 0 ? { tags: cleanTags(annotation.tags) } : {}),
        },
        now,
      );
      made.set(index, { id, notes: planned.notes });
      if (planned.ratingKey !== null || planned.conclusion !== '') {
        const decided = declaredFields(VerdictFields, `annotations.${index}`, {
          ratingKey: planned.ratingKey,
          conclusion: planned.conclusion,
        });
        store.claims.setVerdict(
          id,
          {
            scaleId: scale.id,
            ...decided,
            checkedBy: annotation.creator ?? ctx.actor(),
            checkedAt: annotation.modified ?? annotation.created ?? now,
            articleVersion: article.version,
          },
          now,
        );
        // The verdict was given where the annotation was made; say so where that is not here.
        if (placed.anchorState !== 'attached') {
          store.claims.setVerdictFlags(
            id,
            {
              textChangedSinceVerdict:
                placed.anchorState === 'changed' || placed.anchorState === 'orphaned',
              movedSinceVerdict: placed.anchorState === 'moved',
            },
            now,
          );
        }
      }
      for (const cited of annotation.sources) linkSource(ctx, id, cited, now);
      ctx.audit('claim', id, 'import', null, {
        exact: selector.exact,
        anchorState: placed.anchorState,
        anchorReview: placed.review,
        from: 'annotations',
        ...(annotation.id === undefined ? {} : { annotation: annotation.id }),
        ...(annotation.creator === undefined ? {} : { annotator: annotation.creator }),
      });
      claimIds.push(id);
    }
    const existingNotes = new Map([...imported.values()].map((c) => [c.claimId, c.notes]));
    for (const { index, reply, root } of plan.replies) {
      if ('planned' in root) {
        const claim = made.get(root.planned);
        if (!claim) continue;
        claim.notes = appendReply(claim.notes, reply, index);
        store.claims.update(claim.id, { notes: claim.notes }, now);
      } else {
        const before = existingNotes.get(root.claimId) ?? '';
        const after = appendReply(before, reply, index);
        existingNotes.set(root.claimId, after);
        store.claims.update(root.claimId, { notes: after }, now);
        ctx.audit('claim', root.claimId, 'update', { notes: before }, { notes: after });
      }
    }
    sortNotes(summary);
    ctx.audit('article', article.id, 'annotations.import', null, {
      ...summary.counts,
      alreadyImported: summary.alreadyImported,
      skipped: summary.skipped.length,
    });
    return { ...summary, claimIds };
  });
}

/**
 * Reads the file and decides, without writing, what becomes of each annotation. Errors:
 * invalid_input for a file that is not annotations, holds too many, has a value longer than the
 * contract allows, or a rating the active scale does not have.
 */
function planImport(
  ctx: WorkbenchContext,
  article: Article,
  json: string,
  options: ImportAnnotationsOptions,
): ImportPlan {
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(json);
  } catch {
    throw invalid('json', 'is not valid JSON');
  }
  let annotations: ParsedAnnotation[];
  try {
    annotations = parseW3cAnnotations(parsedJson);
  } catch (error) {
    throw invalid('json', errorMessage(error));
  }
  if (annotations.length === 0) throw invalid('json', 'holds no annotations');
  const cleaned = withoutDirectionControlsIn(annotations);
  annotations = cleaned.annotations;

  const summary: AnnotationImportSummary = {
    counts: { kept: 0, moved: 0, changed: 0, orphaned: 0 },
    alreadyImported: 0,
    skipped: [],
    remarks: [],
    warnings: [],
  };
  const directionNote = directionControlsNote(cleaned.fields, 'the annotations');
  if (directionNote) summary.warnings.push(directionNote);
  const note = (index: number, kind: AnnotationNoteKind, reason: string): AnnotationNote => {
    const id = annotations[index]?.id;
    return { index, ...(id === undefined ? {} : { annotation: id }), kind, reason };
  };
  const skip = (index: number, kind: AnnotationNoteKind, reason: string) => {
    summary.skipped.push(note(index, kind, reason));
    leftOut.set(index, reason);
  };
  const leftOut = new Map<number, string>();
  const imported = ctx.store.audit.importedAnnotations(article.id);
  const scale = scaleById(ctx.store, ctx.preferences().defaultScaleId);
  const firstWithId = new Map<string, number>();
  const highlights: number[] = [];
  const replies: number[] = [];
  const otherDocuments = new Set<string>();
  let withoutId = 0;
  const articleUrl = article.url.trim();
  const ownDocument = articleUrl === '' ? null : normaliseUrl(articleUrl);
  annotations.forEach((annotation, index) => {
    if (annotation.invalid !== undefined) {
      skip(index, 'invalid', annotation.invalid);
      return;
    }
    if (annotation.id !== undefined) {
      const first = firstWithId.get(annotation.id);
      if (first !== undefined) {
        skip(
          index,
          'duplicate-id',
          `it has the same id as annotation ${first + 1} in this file; only the first was read`,
        );
        return;
      }
      firstWithId.set(annotation.id, index);
    }
    if (annotation.replyTo.length > 0) {
      replies.push(index);
      return;
    }
    if (!annotation.quote && !annotation.position) {
      skip(
        index,
        'page-note',
        'a page note: it has no selector, so it is about the whole page, not a passage',
      );
      return;
    }
    if (ownDocument === null) {
      annotation.documents.forEach((document) => otherDocuments.add(document));
    } else {
      const foreign = annotation.documents.filter((d) => normaliseUrl(d) !== ownDocument);
      if (foreign.length > 0) {
        foreign.forEach((document) => otherDocuments.add(document));
        if (!options.allowOtherSources) {
          const alsoOwn = foreign.length < annotation.documents.length;
          skip(
            index,
            'other-document',
            alsoOwn
              ? `it names this article and also another document (${foreign[0]}), so its quote may come from that one`
              : `made on another document (${foreign[0]}), not on this article (${articleUrl})`,
          );
          return;
        }
      }
    }
    const earlier = annotation.id === undefined ? undefined : imported.get(annotation.id);
    if (earlier) {
      summary.skipped.push(alreadyImportedNote(index, annotation, earlier.number));
      leftOut.set(index, 'already imported');
      summary.alreadyImported++;
      return;
    }
    const quote = annotation.quote;
    if (quote && isBlank(quote.exact)) {
      skip(
        index,
        'blank-quote',
        'its quote is empty or only blank space, so there are no words to mark',
      );
      return;
    }
    if (quote && quote.exact.length > MAX_ANNOTATION_QUOTE_CHARS) {
      skip(
        index,
        'long-quote',
        `its quote is ${quote.exact.length.toLocaleString('en')} characters long; Factdesk imports quotes of at most ${MAX_ANNOTATION_QUOTE_CHARS.toLocaleString('en')} characters (a sentence or a passage). Mark it by hand as shorter claims`,
      );
      return;
    }
    if (annotation.id === undefined) withoutId++;
    highlights.push(index);
  });

  const text = article.text;
  let matchable: MatchableText | undefined;
  const scope: ImportScope = {
    text,
    matchable: () =>
      (matchable ??= highlights.length > 1 ? withQuoteIndex(toMatchable(text)) : toMatchable(text)),
    codePoints: createCodePointIndex(text),
    linesAreParagraphs: linesAreParagraphs(text),
    budget: { fuzzyScanBudget: IMPORT_FUZZY_SCAN_BUDGET, exactMatches: IMPORT_EXACT_MATCH_BUDGET },
    unsearched: 0,
  };
  const claims: PlannedClaim[] = [];
  const plannedAt = new Map<number, number>();
  for (const index of highlights) {
    const annotation = annotations[index] as ParsedAnnotation;
    let placed: Placement;
    let selector: PlannedClaim['selector'];
    const position = positionInText(scope, annotation);
    let placementNote: [AnnotationNoteKind, string] | null = null;
    if (annotation.quote) {
      placed = place(scope, annotation.quote, position);
      selector = annotation.quote;
      const [cut] =
        placed.anchorState === 'orphaned' ? [] : charactersCutBy(text, placed.start, placed.end);
      if (cut) {
        // The place found keeps part of a letter (a quote cut between a letter and its accent,
        // or half an emoji sequence): the claim takes the whole character, and the checker looks.
        const problem = describeCharacterCut(text, placed, cut, 'its place in the text');
        placed = {
          ...toWholeCharacters(text, placed.start, placed.end),
          anchorState: 'changed',
          review: null,
        };
        placementNote = [
          'cuts-character',
          `${problem} The claim takes the whole character; it needs review`,
        ];
      } else placementNote = describePlacement(placed);
    } else {
      // The words kept as the place to check are whole characters, never part of a letter.
      const whole = position && toWholeCharacters(text, position.start, position.end);
      const words = whole ? text.slice(whole.start, whole.end) : '';
      if (!whole || isBlank(words)) {
        skip(
          index,
          'position-unusable',
          whole
            ? 'it has no quote, and the text at its position is only blank space'
            : 'it has no quote, and its position lies outside this article’s text',
        );
        continue;
      }
      // A position alone is no evidence that the words there are the ones annotated: the page
      // may have changed. The words are kept as the place to check, never attached.
      placed = {
        start: whole.start,
        end: whole.start,
        anchorState: 'orphaned',
        review: null,
      };
      selector = quoteSelectorAt(text, whole.start, whole.end);
      summary.remarks.push(
        note(
          index,
          'position-only',
          `it has only a position, no quote, so Factdesk cannot tell whether the words there (“${excerpt(words)}”) are the ones annotated; it needs review, with those words as the place to check`,
        ),
      );
    }
    if (placementNote) summary.remarks.push(note(index, ...placementNote));
    let ratingKey: string | null = null;
    const extraNotes: string[] = [];
    let conclusion = annotation.conclusion ?? '';
    if (annotation.conflictingRatings) {
      const named = annotation.conflictingRatings.map((r) => `“${r}”`).join(' and ');
      summary.remarks.push(
        note(
          index,
          'conflicting-ratings',
          `it gives different ratings (${named}); imported without a verdict, both ratings are in its notes`,
        ),
      );
      extraNotes.push(`Ratings given in the annotation: ${named}. None was chosen.`);
      if (conclusion.trim() !== '')
        extraNotes.push(`Conclusion given in the annotation: ${conclusion}`);
      conclusion = '';
    } else {
      // Factdesk's own export labels claims without a verdict "Unchecked": that is no rating.
      const label =
        annotation.ratingLabel?.toLowerCase() === 'unchecked' ? undefined : annotation.ratingLabel;
      const rating = label ? findRating(scale, label) : undefined;
      if (label && !rating) {
        throw new FactdeskError(
          'invalid_input',
          `Annotation ${index + 1} has the verdict "${label}", which is not on the ${scale.name} scale; choose the matching scale in Preferences first.`,
          [{ path: `annotations.${index}.verdict`, message: 'not on the active scale' }],
        );
      }
      ratingKey = rating?.key ?? null;
    }
    const written = [annotation.bodyText, ...extraNotes].filter((part) => part.trim() !== '');
    const credited = [annotatorLine(annotation), ...written].filter((part) => part !== '');
    // The annotator is also in the claim's import record; notes at their limit keep the words.
    const notes = (
      joinedLength(credited) <= maxLength(ClaimFields.shape.notes) ? credited : written
    ).join('\n\n');
    checkLimits(annotation, index, notes, conclusion);
    summary.counts[countOf(placed.anchorState)]++;
    plannedAt.set(index, claims.length);
    claims.push({ index, annotation, placed, selector, notes, ratingKey, conclusion });
  }

  const plannedReplies: PlannedReply[] = [];
  // The notes each thread's claim will have, so a preview refuses what the import would.
  const threadNotes = new Map<string, string>();
  const addToNotes = (key: string, notes: string, reply: ParsedAnnotation, index: number) =>
    threadNotes.set(key, appendReply(threadNotes.get(key) ?? notes, reply, index));
  for (const index of replies) {
    const reply = annotations[index] as ParsedAnnotation;
    const thread = threadRoot(annotations, firstWithId, index);
    if ('problem' in thread) {
      skip(index, thread.kind, thread.problem);
      continue;
    }
    const rootAnnotation = annotations[thread.root] as ParsedAnnotation;
    const rootName = rootAnnotation.id ?? `number ${thread.root + 1}`;
    const planned = plannedAt.get(thread.root);
    if (planned !== undefined) {
      addToNotes(`new ${thread.root}`, claims[planned]?.notes ?? '', reply, index);
      plannedReplies.push({ index, reply, root: { planned: thread.root } });
      summary.remarks.push(
        note(
          index,
          'reply-added',
          `a reply in the thread of annotation ${rootName}: added to the notes of the claim made from it`,
        ),
      );
      continue;
    }
    const earlier = rootAnnotation.id === undefined ? undefined : imported.get(rootAnnotation.id);
    if (earlier && leftOut.get(thread.root) === 'already imported') {
      if (earlier.notes.includes(replyParagraph(reply))) {
        summary.skipped.push(
          note(
            index,
            'already-imported',
            `already imported: this reply is in the notes of claim ${earlier.number}`,
          ),
        );
        summary.alreadyImported++;
      } else {
        addToNotes(`old ${earlier.claimId}`, earlier.notes, reply, index);
        plannedReplies.push({ index, reply, root: { claimId: earlier.claimId } });
        summary.remarks.push(
          note(
            index,
            'reply-added',
            `a new reply in the thread of annotation ${rootName}: added to the notes of claim ${earlier.number}, imported before`,
          ),
        );
      }
      continue;
    }
    skip(
      index,
      'reply-to-left-out',
      `a reply in the thread of annotation ${rootName}, which was left out (${leftOut.get(thread.root) ?? 'no claim was made from it'})`,
    );
  }

  if (ownDocument === null && otherDocuments.size > 0) {
    summary.warnings.push(
      `The article has no URL, so Factdesk could not check that the annotations were made on it (they name ${describeDocuments(otherDocuments)}). Give the article its URL to have annotations of other pages left out.`,
    );
  } else if (ownDocument !== null && otherDocuments.size > 0) {
    summary.warnings.push(
      options.allowOtherSources
        ? `Imported annotations made on other documents (${describeDocuments(otherDocuments)}) as asked; their verdicts were given on that text, not this article's.`
        : `Left out annotations made on other documents (${describeDocuments(otherDocuments)}).`,
    );
  }
  if (scope.unsearched > 0) {
    summary.warnings.push(
      `The file's quotes occur so often in the article that Factdesk stopped searching after ${IMPORT_EXACT_MATCH_BUDGET.toLocaleString('en')} places: ${scope.unsearched === 1 ? '1 quote that was' : `${scope.unsearched.toLocaleString('en')} quotes that were`} not where the file said went to review unsearched. Import such a file in smaller parts to have them placed.`,
    );
  }
  if (withoutId > 0) {
    summary.warnings.push(
      `${withoutId === 1 ? '1 annotation has' : `${withoutId.toLocaleString('en')} annotations have`} no id, so importing this file again would add ${withoutId === 1 ? 'it' : 'them'} again.`,
    );
  }
  sortNotes(summary);
  return { claims, replies: plannedReplies, summary };
}

/** The annotation that started a reply's thread, following replies to replies. */
function threadRoot(
  annotations: readonly ParsedAnnotation[],
  byId: ReadonlyMap<string, number>,
  index: number,
): { root: number } | { problem: string; kind: AnnotationNoteKind } {
  const seen = new Set<number>([index]);
  let current = index;
  for (let depth = 0; depth <= MAX_REPLY_DEPTH; depth++) {
    const annotation = annotations[current] as ParsedAnnotation;
    if (annotation.replyTo.length === 0) return { root: current };
    // Hypothesis lists the thread's root first; a W3C reply names its parent.
    const parentId = annotation.replyTo[0] as string;
    const parent = byId.get(parentId);
    if (parent === undefined || annotations[parent]?.invalid !== undefined) {
      return {
        kind: 'reply-not-in-file',
        problem: `a reply to annotation ${parentId}, which is not in this file`,
      };
    }
    if (seen.has(parent)) {
      return { kind: 'reply-too-deep', problem: 'a reply in a thread that loops back on itself' };
    }
    seen.add(parent);
    current = parent;
  }
  return {
    kind: 'reply-too-deep',
    problem: `a reply more than ${MAX_REPLY_DEPTH} levels deep in its thread; Factdesk follows threads only that far`,
  };
}

function alreadyImportedNote(
  index: number,
  annotation: ParsedAnnotation,
  number: number,
): AnnotationNote {
  return {
    index,
    ...(annotation.id === undefined ? {} : { annotation: annotation.id }),
    kind: 'already-imported',
    reason: `already imported as claim ${number}`,
  };
}

/** What the checker must know about where a quote was placed, or null when it attached. */
function describePlacement(placed: Placement): [AnnotationNoteKind, string] | null {
  if (placed.anchorState === 'orphaned') {
    if (placed.review === 'ambiguous') {
      return [
        'ambiguous',
        'its quote fits several places equally well; it needs review, with those places offered',
      ];
    }
    if (placed.review === 'lookalike') {
      return [
        'lookalike',
        'its words appear only with other surroundings in this article; it needs review',
      ];
    }
    return ['not-found', 'its quote was not found in this article’s text; it needs review'];
  }
  if (placed.anchorState === 'moved') {
    return [
      'moved',
      'its words were found in another place, with other surroundings; it needs review',
    ];
  }
  if (placed.anchorState === 'changed') {
    return ['changed', 'only words close to its quote were found; it needs review'];
  }
  return null;
}

function countOf(state: AnchorState): 'kept' | 'moved' | 'changed' | 'orphaned' {
  return state === 'attached' ? 'kept' : state;
}

function sortNotes(summary: AnnotationImportSummary): void {
  summary.skipped.sort((a, b) => a.index - b.index);
  summary.remarks.sort((a, b) => a.index - b.index);
}

/** Nothing a reader would call words: white space, zero-width and other invisible characters. */
function isBlank(value: string): boolean {
  return /^[\s\p{Cf}]*$/u.test(value);
}

function joinedLength(parts: readonly string[]): number {
  return parts.reduce((sum, part) => sum + part.length, 0) + 2 * Math.max(0, parts.length - 1);
}

function excerpt(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

/** Who annotated, and when, as the first line of the claim's notes: never its claimant. */
function annotatorLine(annotation: ParsedAnnotation): string {
  const who = annotation.creator?.trim();
  if (!who) return '';
  const when = (annotation.created ?? annotation.modified ?? '').slice(0, 10);
  return `_Annotated by ${who}${when ? ` on ${when}` : ''}._`;
}

/**
 * Places one annotation's quote in the article by the evidence rule; `position` is its
 * TextPositionSelector as UTF-16 offsets, when it has one that fits the text.
 */
function place(
  scope: ImportScope,
  quote: { exact: string; prefix: string; suffix: string },
  position: { start: number; end: number } | null,
): Placement {
  const { text } = scope;
  const orphaned: Placement = { start: 0, end: 0, anchorState: 'orphaned', review: null };
  const score = (start: number, end: number, errors: number) =>
    toCandidate(
      text,
      quote,
      { start, end, errors },
      {
        expectedStart: null,
        linesAreParagraphs: scope.linesAreParagraphs,
      },
    );
  // The stated position is evidence too: the same words there, with no side of their context
  // contradicting the annotation's, need nothing else. Most files are the page as it was, so
  // the words and context read exactly as stored first.
  if (position && isVerbatimAt(text, quote, position.start, position.end)) {
    return { ...position, anchorState: 'attached', review: null };
  }
  if (position && sameWords(text.slice(position.start, position.end), quote.exact)) {
    const here = score(position.start, position.end, 0).components;
    if (here.prefixContext.kind !== 'different' && here.suffixContext.kind !== 'different') {
      return { ...position, anchorState: 'attached', review: null };
    }
  }
  const requirement = boundaryRequirement(quote);
  const edges = quoteEdges(quote);
  const target = scope.matchable();
  // Too many places to tell apart, or no search left in this import's budget: review.
  const limit = Math.min(MAX_EXACT_OCCURRENCES + 1, scope.budget.exactMatches);
  if (limit <= 0) {
    scope.unsearched++;
    return { ...orphaned, review: 'ambiguous' };
  }
  const everywhere = exactMatches(target, quote.exact, 0, text.length, edges, limit);
  scope.budget.exactMatches -= everywhere.length;
  if (everywhere.length >= limit) return { ...orphaned, review: 'ambiguous' };
  const exact = everywhere.filter((match) =>
    respectsBoundaries(text, match.start, match.end, requirement),
  );
  // Places whose context contradicts the annotation's are ruled out before any is scored.
  let candidates: Candidate[] = [];
  let lookalike = false;
  for (const match of exact) {
    const { start, end } = match;
    const context = compareContextIn(target, quote, start, end, scope.linesAreParagraphs);
    if (context.prefixContext.kind === 'different' || context.suffixContext.kind === 'different') {
      lookalike = true;
      continue;
    }
    if (candidates.length >= MAX_SCORED_OCCURRENCES) return { ...orphaned, review: 'ambiguous' };
    candidates.push(score(start, end, 0));
  }
  if (exact.length === 0) {
    candidates = findCandidates(target, quote, null, FUZZY_CANDIDATES, scope.budget);
  }
  const choice = weighCandidates(candidates, quote, () => exact.length);
  if (choice.kind === 'ambiguous') return { ...orphaned, review: 'ambiguous' };
  if (choice.kind === 'none') {
    return { ...orphaned, review: lookalike || choice.lookalike ? 'lookalike' : null };
  }
  const found = choice.candidate;
  const { start, end } = found;
  if (!sameWords(found.exact, quote.exact)) {
    return { start, end, anchorState: 'changed', review: null };
  }
  return keepsItsSurroundings(found)
    ? { start, end, anchorState: 'attached', review: null }
    : { start, end, anchorState: 'moved', review: 'context' };
}

/** Whether text[start, end) and the text around it are the quote and its context, unchanged. */
function isVerbatimAt(
  text: string,
  quote: { exact: string; prefix: string; suffix: string },
  start: number,
  end: number,
): boolean {
  return (
    end - start === quote.exact.length &&
    start >= quote.prefix.length &&
    text.startsWith(quote.exact, start) &&
    text.startsWith(quote.prefix, start - quote.prefix.length) &&
    text.startsWith(quote.suffix, end)
  );
}

/** The annotation's TextPositionSelector as UTF-16 offsets into the text, if it fits the text. */
function positionInText(
  scope: ImportScope,
  annotation: ParsedAnnotation,
): { start: number; end: number } | null {
  if (!annotation.position) return null;
  try {
    const start = scope.codePoints.toUtf16(annotation.position.start);
    const end = scope.codePoints.toUtf16(annotation.position.end);
    return start < end ? { start, end } : null;
  } catch {
    return null;
  }
}

/**
 * The annotations with text-direction controls taken out of their one-line fields (annotator,
 * tags, ratings, source titles and addresses), and how many fields changed. Comments and
 * quotes are left as written: a quote must match the article's text as it is.
 */
function withoutDirectionControlsIn(annotations: ParsedAnnotation[]): {
  annotations: ParsedAnnotation[];
  fields: number;
} {
  let fields = 0;
  const cleaned = annotations.map((annotation) => {
    const { record, changed } = recordWithoutDirectionControls(annotation, [
      'creator',
      'tags',
      'ratingLabel',
      'conflictingRatings',
    ]);
    fields += changed;
    const sources = record.sources.map((source) => {
      const cleanedSource = recordWithoutDirectionControls(source, ['title'], ['url']);
      fields += cleanedSource.changed;
      return cleanedSource.record;
    });
    return { ...record, sources };
  });
  return { annotations: cleaned, fields };
}

/** Refuses the import when a value is longer than the contract lets a checker type it. */
function checkLimits(
  annotation: ParsedAnnotation,
  index: number,
  notes: string,
  conclusion: string,
): void {
  const where = `annotations.${index}`;
  const fields = ClaimFields.shape;
  // An annotator's name is a person's or account's name, held to a claimant's length.
  checkLength(
    annotation.creator,
    maxLength(fields.claimant),
    `${where}.creator`,
    'name of an annotator',
  );
  checkLength(notes, maxLength(fields.notes), `${where}.text`, 'claim’s notes');
  const conclusionField = VerdictFields.shape.conclusion;
  checkLength(conclusion, maxLength(conclusionField), `${where}.conclusion`, 'conclusion');
  const tags = cleanTags(annotation.tags);
  const parsedTags = fields.tags.safeParse(tags);
  if (!parsedTags.success) {
    throw invalid(
      `${where}.tags`,
      `annotation ${index + 1} has tags Factdesk cannot keep (${parsedTags.error.issues[0]?.message ?? 'invalid'}); tags are at most 60 characters, 50 per claim`,
    );
  }
  const sourceFields = SourceFields.shape;
  annotation.sources.forEach((source, position) => {
    const path = `${where}.sources.${position}`;
    checkLength(source.url, maxLength(sourceFields.url), `${path}.url`, 'source URL');
    checkLength(source.title, maxLength(sourceFields.title), `${path}.title`, 'source title');
  });
}

/**
 * Values an annotation supplies for declared fields, checked against the declaration's limits,
 * so an import never stores what the checker could not have typed. Errors: invalid_input naming
 * the annotation and field.
 */
function declaredFields<T>(fields: z.ZodType<T>, path: string, values: NoInfer<T>): T {
  const parsed = fields.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw invalid(`${path}.${issue?.path.join('.') ?? ''}`, issue?.message ?? 'is not valid');
}

function checkLength(value: string | undefined, max: number, path: string, label: string) {
  if (value !== undefined && value.length > max) {
    throw invalid(
      path,
      `is ${value.length.toLocaleString('en')} characters long; a ${label} may be at most ${max.toLocaleString('en')}, so nothing was imported`,
    );
  }
}

/** The contract's length limit for a string field, so import and the UI refuse the same values. */
function maxLength(schema: z.ZodType): number {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  return inner instanceof z.ZodString ? (inner.maxLength ?? Infinity) : Infinity;
}

function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

function linkSource(
  ctx: WorkbenchContext,
  claimId: number,
  cited: { url: string; title: string },
  now: string,
): void {
  const { store } = ctx;
  const existing = store.sources.search(cited.url).find((s) => s.url === cited.url);
  const sourceId =
    existing?.id ?? store.sources.insert({ url: cited.url, title: cited.title }, now);
  if (!store.sources.isLinked(claimId, sourceId)) store.sources.link(claimId, sourceId, {});
}

/** A reply as one Markdown paragraph: who, when, what. */
function replyParagraph(reply: ParsedAnnotation): string {
  const who = reply.creator?.trim() || 'someone';
  const when = (reply.created ?? reply.modified ?? '').slice(0, 10);
  return `**Reply from ${who}${when ? `, ${when}` : ''}:** ${reply.bodyText.trim()}`;
}

/**
 * The claim's notes with the reply after them. Errors: invalid_input when the notes would pass
 * the contract's limit (nothing is imported then).
 */
function appendReply(notes: string, reply: ParsedAnnotation, index: number): string {
  const combined = `${notes}${notes.trim() === '' ? '' : '\n\n'}${replyParagraph(reply)}`;
  const max = maxLength(ClaimFields.shape.notes);
  if (combined.length > max) {
    throw invalid(
      `annotations.${index}.text`,
      `would make the notes of the claim it replies to ${combined.length.toLocaleString('en')} characters long; notes may be at most ${max.toLocaleString('en')}, so nothing was imported`,
    );
  }
  return combined;
}

function describeDocuments(documents: ReadonlySet<string>): string {
  const list = [...documents];
  const shown = list.slice(0, 3).join(', ');
  return list.length > 3 ? `${shown} and ${list.length - 3} more` : shown;
}
