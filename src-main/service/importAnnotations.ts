import { z } from 'zod';
import { FactdeskError, invalid } from '../contract/errors';
import {
  exactMatches,
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
/** Candidates looked for approximately, per quote, before the evidence rule weighs them. */
const FUZZY_CANDIDATES = 5;

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

interface Skipped {
  index: number;
  reason: string;
}

/** What the import needs to know about the article's text, computed once for all annotations. */
interface ImportScope {
  text: string;
  /** The text reduced for matching, with a quote index: made when a quote must be searched for. */
  matchable(): MatchableText;
  codePoints: CodePointIndex;
  linesAreParagraphs: boolean;
  budget: { fuzzyScanBudget: number };
}

/**
 * Imports a W3C AnnotationCollection, a Hypothesis export or a Hypothesis API search result as
 * claims, in one transaction: all of them or, when any value is refused, none.
 *
 * - Replies (Hypothesis `references`, W3C `replying`) become notes of the claim made from the
 *   annotation that started their thread, or are skipped when it is not in the file; page
 *   notes (no selector) are skipped; malformed annotations are skipped with what is wrong.
 * - An annotation made on another document than the article's URL is skipped, unless
 *   `allowOtherSources`; an article without a URL takes all of them, with a warning.
 * - Each quote is placed by the evidence rule (docs/anchoring.md): at its stated position when
 *   the words and context agree there, else at the one place whose words and context agree;
 *   several equally good places, or none, leave the claim orphaned for review. Position never
 *   breaks a tie.
 * - Values longer than the contract allows (claimant 500 characters, notes and conclusion
 *   200,000, tags, source URLs and titles) refuse the whole file, naming the field.
 * Every skipped annotation is listed with its index in the file (from 0) and the reason.
 */
export function importAnnotations(
  ctx: WorkbenchContext,
  article: Article,
  json: string,
  options: ImportAnnotationsOptions = {},
) {
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

  const skipped: Skipped[] = [];
  const warnings: string[] = [];
  const highlights: number[] = [];
  const replies: number[] = [];
  const otherDocuments = new Set<string>();
  const articleUrl = article.url.trim();
  const ownDocument = articleUrl === '' ? null : normaliseUrl(articleUrl);
  annotations.forEach((annotation, index) => {
    if (annotation.invalid !== undefined) {
      skipped.push({ index, reason: annotation.invalid });
    } else if (annotation.replyTo.length > 0) {
      replies.push(index);
    } else if (!annotation.quote && !annotation.position) {
      skipped.push({
        index,
        reason: 'a page note: it has no selector, so it is about the whole page, not a passage',
      });
    } else {
      const foreign = annotation.documents.filter(
        (document) => ownDocument !== null && normaliseUrl(document) !== ownDocument,
      );
      const own = annotation.documents.length - foreign.length;
      if (foreign.length > 0 && own === 0) {
        foreign.forEach((document) => otherDocuments.add(document));
        if (!options.allowOtherSources) {
          skipped.push({
            index,
            reason: `made on another document (${foreign[0]}), not on this article (${articleUrl})`,
          });
          return;
        }
      }
      if (ownDocument === null) annotation.documents.forEach((d) => otherDocuments.add(d));
      highlights.push(index);
    }
  });
  if (ownDocument === null && otherDocuments.size > 0) {
    warnings.push(
      `The article has no URL, so Factdesk could not check that the annotations were made on it (they name ${describeDocuments(otherDocuments)}). Give the article its URL to have annotations of other pages left out.`,
    );
  } else if (ownDocument !== null && otherDocuments.size > 0) {
    warnings.push(
      options.allowOtherSources
        ? `Imported annotations made on other documents (${describeDocuments(otherDocuments)}) as asked; their verdicts were given on that text, not this article's.`
        : `Left out annotations made on other documents (${describeDocuments(otherDocuments)}). Import with --any-source (allowOtherSources) to take them anyway.`,
    );
  }
  for (const index of highlights) checkLimits(annotations[index] as ParsedAnnotation, index);

  const { store } = ctx;
  const scale = scaleById(store, ctx.preferences().defaultScaleId);
  const text = article.text;
  let matchable: MatchableText | undefined;
  const scope: ImportScope = {
    text,
    matchable: () =>
      (matchable ??= highlights.length > 1 ? withQuoteIndex(toMatchable(text)) : toMatchable(text)),
    codePoints: createCodePointIndex(text),
    linesAreParagraphs: linesAreParagraphs(text),
    budget: { fuzzyScanBudget: IMPORT_FUZZY_SCAN_BUDGET },
  };
  const placements = new Map<number, Placement>();
  for (const index of highlights) {
    const placed = place(scope, annotations[index] as ParsedAnnotation);
    if (placed) placements.set(index, placed);
    else {
      skipped.push({
        index,
        reason: 'its position lies outside this article’s text and it has no quote to look for',
      });
    }
  }

  return store.transaction(() => {
    const counts = { kept: 0, moved: 0, changed: 0, orphaned: 0 };
    const claimIds: number[] = [];
    const claimOfAnnotation = new Map<string, { id: number; notes: string }>();
    const now = ctx.now();
    for (const index of highlights) {
      const annotation = annotations[index] as ParsedAnnotation;
      const placed = placements.get(index);
      if (!placed) continue;
      const exact = annotation.quote?.exact ?? text.slice(placed.start, placed.end);
      const selector =
        placed.anchorState === 'orphaned'
          ? {
              exact,
              prefix: annotation.quote?.prefix ?? '',
              suffix: annotation.quote?.suffix ?? '',
            }
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
          claimant: annotation.creator ?? '',
          notes: annotation.bodyText,
          status: inReview ? 'needs_review' : 'unchecked',
          ...(annotation.tags.length > 0 ? { tags: cleanTags(annotation.tags) } : {}),
        },
        now,
      );
      if (annotation.id !== undefined) {
        claimOfAnnotation.set(annotation.id, { id, notes: annotation.bodyText });
      }
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
      if (rating || annotation.conclusion) {
        const decided = declaredFields(VerdictFields, `annotations.${index}`, {
          ratingKey: rating?.key ?? null,
          conclusion: annotation.conclusion ?? '',
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
        exact,
        anchorState: placed.anchorState,
        anchorReview: placed.review,
        from: 'annotations',
      });
      counts[placed.anchorState === 'attached' ? 'kept' : placed.anchorState]++;
      claimIds.push(id);
    }
    for (const index of replies) {
      const reply = annotations[index] as ParsedAnnotation;
      const root = reply.replyTo[0] ?? '';
      const claim = claimOfAnnotation.get(root);
      if (!claim) {
        skipped.push({ index, reason: `a reply to annotation ${root}, which is not in this file` });
        continue;
      }
      claim.notes = appendReply(claim.notes, reply, index);
      store.claims.update(claim.id, { notes: claim.notes }, now);
      skipped.push({ index, reason: `a reply to annotation ${root}: added to that claim’s notes` });
    }
    skipped.sort((a, b) => a.index - b.index);
    ctx.audit('article', article.id, 'annotations.import', null, {
      ...counts,
      skipped: skipped.length,
    });
    return { counts, claimIds, skipped, warnings };
  });
}

/**
 * Places one annotation's quote in the article by the evidence rule. Null when an annotation
 * without a quote has no usable position either.
 */
function place(scope: ImportScope, annotation: ParsedAnnotation): Placement | null {
  const { text } = scope;
  const position = positionInText(scope, annotation);
  const quote = annotation.quote;
  if (!quote) {
    return position && text.slice(position.start, position.end).trim() !== ''
      ? { ...position, anchorState: 'attached', review: null }
      : null;
  }
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
  const exact = exactMatches(target, quote.exact, 0, text.length, edges).filter((match) =>
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

/** Refuses the import when a value is longer than the contract lets a checker type it. */
function checkLimits(annotation: ParsedAnnotation, index: number): void {
  const where = `annotations.${index}`;
  const fields = ClaimFields.shape;
  checkLength(annotation.creator, maxLength(fields.claimant), `${where}.creator`, 'claimant');
  checkLength(annotation.bodyText, maxLength(fields.notes), `${where}.text`, 'notes');
  const conclusion = VerdictFields.shape.conclusion;
  checkLength(annotation.conclusion, maxLength(conclusion), `${where}.conclusion`, 'conclusion');
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

/** A reply as a Markdown paragraph after the claim's notes: who, when, what. */
function appendReply(notes: string, reply: ParsedAnnotation, index: number): string {
  const who = reply.creator?.trim() || 'someone';
  const when = (reply.created ?? reply.modified ?? '').slice(0, 10);
  const heading = `**Reply from ${who}${when ? `, ${when}` : ''}:**`;
  const combined = `${notes}${notes.trim() === '' ? '' : '\n\n'}${heading} ${reply.bodyText.trim()}`;
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
