import type { ClaimAuditAction, ClaimAuditEntry } from '../../../src-main/core/auditActions';
import type { RatingScale } from '../../../src-main/core/model';
import { CitationFields, ClaimFields, fieldTitle } from '../../../src-main/core/model';
import { kindLabels, stanceLabels, statusLabels } from './labels';

export interface AuditChange {
  field: string;
  /** Absent when the entry records a new thing rather than a change to an old one. */
  before?: string;
  after: string;
}

export interface AuditDescription {
  summary: string;
  changes: AuditChange[];
}

/** Recorded keys that are not declared fields of the claim or the citation. */
const otherLabels: Record<string, string> = {
  exact: 'Quote',
  title: 'Source',
  url: 'URL',
  rating: 'Rating',
  conclusion: 'Conclusion',
  anchorState: 'Anchor',
  articleVersion: 'Text version judged',
  reasoning: 'Reasoning',
};

/** A recorded key in the checker's words: the declared field's title, else a known key. */
function fieldLabel(field: string): string {
  if (Object.hasOwn(otherLabels, field)) return otherLabels[field] ?? field;
  if (Object.hasOwn(ClaimFields.shape, field)) return fieldTitle(ClaimFields, field);
  return fieldTitle(CitationFields, field);
}

const summaries: Record<ClaimAuditAction, string> = {
  create: 'Marked the claim',
  update: 'Edited the claim',
  delete: 'Deleted the claim',
  restore: 'Restored the claim',
  anchor: 'Re-anchored the claim',
  'review.done': 'Review done: the claim’s status is back to what it was',
  import: 'Imported the claim',
  verdict: 'Set the verdict',
  'verdict.clear': 'Cleared the verdict',
  'verdict.confirm': 'Confirmed the verdict on the claim’s current words',
  'source.attach': 'Cited a source',
  'source.update': 'Edited a citation',
  'source.detach': 'Removed a source',
  'training.reasoning': 'Edited the key’s reasoning',
  'undo.update': 'Undid an edit of the claim',
  'undo.verdict': 'Undid a change of the verdict',
  'undo.verdict.confirm': 'Undid the confirmation of the verdict',
};

type Fields = Record<string, unknown>;

const asFields = (value: unknown): Fields =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : {};

/** One value in a line of history: short, with nothing that could be mistaken for markup. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (Array.isArray(value))
    return value.length === 0 ? '(none)' : value.map(formatAuditValue).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function displayValue(field: string, value: unknown): string {
  if (typeof value === 'string') {
    if (field === 'kind' && value in kindLabels)
      return kindLabels[value as keyof typeof kindLabels];
    if (field === 'status' && value in statusLabels) {
      return statusLabels[value as keyof typeof statusLabels];
    }
    if (field === 'stance' && value in stanceLabels) {
      return stanceLabels[value as keyof typeof stanceLabels];
    }
  }
  return formatAuditValue(value);
}

const isBlank = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

function fieldChanges(before: Fields, after: Fields, fields: string[]): AuditChange[] {
  return fields
    .filter((field) => !(isBlank(before[field]) && isBlank(after[field])))
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({
      field: fieldLabel(field),
      before: displayValue(field, before[field]),
      after: displayValue(field, after[field]),
    }));
}

/** The values a new claim or citation started with, leaving out the empty ones. */
function initialValues(after: Fields, fields: string[]): AuditChange[] {
  return fields
    .filter((field) => !isBlank(after[field]))
    .map((field) => ({
      field: fieldLabel(field),
      after: displayValue(field, after[field]),
    }));
}

function ratingLabel(verdict: Fields, scales: RatingScale[]): string | null {
  const { scaleId, ratingKey } = verdict;
  if (typeof ratingKey !== 'string') return null;
  const scale = scales.find((s) => s.id === scaleId);
  return scale?.ratings.find((r) => r.key === ratingKey)?.label ?? ratingKey;
}

/** An audit row in the checker's words: what happened and which values went from what to what. */
export function describeAuditEntry(
  entry: ClaimAuditEntry,
  scales: RatingScale[],
): AuditDescription {
  const before = asFields(entry.before);
  const after = asFields(entry.after);
  const summary = summaries[entry.action];
  switch (entry.action) {
    case 'create':
    case 'restore':
    case 'import':
      return { summary, changes: initialValues(after, ['exact', 'claimant']) };
    case 'delete':
      return { summary, changes: [] };
    case 'anchor':
      return { summary, changes: fieldChanges(before, after, ['exact', 'anchorState', 'status']) };
    case 'review.done':
      return { summary, changes: fieldChanges(before, after, ['status']) };
    case 'update':
    case 'undo.update':
      return { summary, changes: fieldChanges(before, after, Object.keys(after)) };
    case 'verdict':
    case 'verdict.clear':
    case 'undo.verdict': {
      const ratings = {
        before: { rating: ratingLabel(before, scales), conclusion: before.conclusion },
        after: { rating: ratingLabel(after, scales), conclusion: after.conclusion },
      };
      return {
        summary,
        changes: fieldChanges(ratings.before, ratings.after, ['rating', 'conclusion']),
      };
    }
    case 'verdict.confirm':
    case 'undo.verdict.confirm':
      return {
        summary,
        changes: fieldChanges(before, after, ['exact', 'articleVersion', 'status']),
      };
    case 'source.attach':
      return {
        summary,
        changes: initialValues(after, ['title', 'url', 'stance', 'excerpt', 'note']),
      };
    case 'source.update':
      return {
        summary,
        changes: fieldChanges(
          before,
          after,
          Object.keys(after).filter((key) => key !== 'sourceId'),
        ),
      };
    case 'source.detach':
      return { summary, changes: initialValues(before, ['title']) };
    case 'training.reasoning':
      return {
        summary,
        changes: fieldChanges({ reasoning: entry.before }, { reasoning: entry.after }, [
          'reasoning',
        ]),
      };
  }
}
