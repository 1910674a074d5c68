import type { z } from 'zod';
import { FactdeskError, invalid } from '../contract/errors';
import { findCandidates, quoteSelectorAt } from '../core/anchoring/index';
import { MIN_EVIDENCE, MIN_MARGIN } from '../core/anchoring/relocateQuote';
import type { AnchorState, Article } from '../core/model';
import { ClaimFields, SourceFields, VerdictFields } from '../core/model';
import type { ParsedAnnotation } from '../core/report/index';
import { parseW3cAnnotations } from '../core/report/index';
import { findRating } from '../core/scales/builtinScales';
import { codePointToUtf16Offset } from '../core/text/codePoints';
import type { WorkbenchContext } from './WorkbenchContext';
import { scaleById } from './scaleHandlers';
import { errorMessage } from '../core/errorMessage';

interface Placement {
  start: number;
  end: number;
  anchorState: AnchorState;
}

function positionInText(
  text: string,
  annotation: ParsedAnnotation,
): { start: number; end: number } | null {
  if (!annotation.position) return null;
  try {
    const start = codePointToUtf16Offset(text, annotation.position.start);
    const end = codePointToUtf16Offset(text, annotation.position.end);
    return start < end ? { start, end } : null;
  } catch {
    return null;
  }
}

/**
 * The same rule as re-anchoring: the quote at its stated position, or else one candidate that
 * passes the minimum evidence and clearly beats the runner-up; otherwise orphaned, never a guess.
 */
function place(text: string, annotation: ParsedAnnotation): Placement {
  const position = positionInText(text, annotation);
  const quote = annotation.quote;
  if (!quote) {
    return position
      ? { ...position, anchorState: 'attached' }
      : { start: 0, end: 0, anchorState: 'orphaned' };
  }
  if (position && text.slice(position.start, position.end) === quote.exact) {
    return { ...position, anchorState: 'attached' };
  }
  const [best, runnerUp] = findCandidates(text, quote, position?.start ?? 0, 2);
  const clear =
    best !== undefined &&
    best.components.evidence >= MIN_EVIDENCE &&
    (runnerUp === undefined || best.components.score - runnerUp.components.score >= MIN_MARGIN);
  if (!clear || !best) return { start: 0, end: 0, anchorState: 'orphaned' };
  const anchorState: AnchorState =
    best.exact === quote.exact ? (position ? 'moved' : 'attached') : 'changed';
  return { start: best.start, end: best.end, anchorState };
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

/** Imports a W3C AnnotationCollection or a Hypothesis export as claims, in one transaction. */
export function importAnnotations(ctx: WorkbenchContext, article: Article, json: string) {
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
  const { store } = ctx;
  const scale = scaleById(store, ctx.preferences().defaultScaleId);
  return store.transaction(() => {
    const counts = { kept: 0, moved: 0, changed: 0, orphaned: 0 };
    const claimIds: number[] = [];
    const now = ctx.now();
    annotations.forEach((annotation, index) => {
      const placed = place(article.text, annotation);
      const exact = annotation.quote?.exact ?? article.text.slice(placed.start, placed.end);
      if (exact === '') throw invalid(`annotations.${index}`, 'has neither a quote nor a position');
      const selector =
        placed.anchorState === 'orphaned'
          ? {
              exact,
              prefix: annotation.quote?.prefix ?? '',
              suffix: annotation.quote?.suffix ?? '',
            }
          : quoteSelectorAt(article.text, placed.start, placed.end);
      const fields = declaredFields(ClaimFields.partial(), `annotations.${index}`, {
        claimant: annotation.creator ?? '',
        notes: annotation.bodyText,
        status:
          placed.anchorState === 'attached' || placed.anchorState === 'moved'
            ? 'unchecked'
            : 'needs_review',
      });
      const id = store.claims.insert(
        article.id,
        { ...placed, ...selector, anchoredVersion: article.version },
        fields,
        now,
      );
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
      }
      annotation.sources.forEach((cited, at) => {
        const existing = store.sources.search(cited.url).find((s) => s.url === cited.url);
        const sourceId =
          existing?.id ??
          store.sources.insert(
            declaredFields(SourceFields.partial(), `annotations.${index}.sources.${at}`, {
              url: cited.url,
              title: cited.title,
              accessedAt: '',
            }),
            now,
          );
        if (!store.sources.isLinked(id, sourceId)) store.sources.link(id, sourceId, {});
      });
      ctx.audit('claim', id, 'import', null, {
        exact,
        anchorState: placed.anchorState,
        from: 'annotations',
      });
      counts[placed.anchorState === 'attached' ? 'kept' : placed.anchorState]++;
      claimIds.push(id);
    });
    ctx.audit('article', article.id, 'annotations.import', null, counts);
    return { counts, claimIds };
  });
}
