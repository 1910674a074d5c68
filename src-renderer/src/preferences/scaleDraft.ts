import type { RatingScale, ScaleKind } from '../../../src-main/core/model';
import { RatingScale as RatingScaleSchema } from '../../../src-main/core/model';

/** A rating as typed: the value stays text until saving, so a half-typed "-" is allowed. */
export interface RatingDraft {
  key: string;
  label: string;
  colour: string;
  value: string;
  shortcut: string;
}

export interface ScaleDraft {
  /** null until the scale is first saved. */
  id: string | null;
  name: string;
  kind: ScaleKind;
  ratings: RatingDraft[];
}

/** Field path (as the API reports it, without the leading "scale.") → message. */
export type ScaleErrors = Record<string, string>;

const palette = [
  '#2e7d32',
  '#689f38',
  '#f9a825',
  '#ef6c00',
  '#c62828',
  '#5e5ba8',
  '#00838f',
  '#6d4c41',
];

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

export function newRating(index: number): RatingDraft {
  return {
    key: '',
    label: '',
    colour: palette[index % palette.length] ?? '#8a8f98',
    value: '',
    shortcut: '',
  };
}

export function newScaleDraft(): ScaleDraft {
  return { id: null, name: '', kind: 'ordinal', ratings: [newRating(0), newRating(1)] };
}

/** A built-in scale can only be copied; a custom one is edited in place. */
export function draftFromScale(scale: RatingScale): ScaleDraft {
  return {
    id: scale.builtin ? null : scale.id,
    name: scale.builtin ? `${scale.name} (copy)` : scale.name,
    kind: scale.kind,
    ratings: scale.ratings.map((r) => ({
      key: r.key,
      label: r.label,
      colour: r.colour,
      value: r.value === null ? '' : String(r.value),
      shortcut: r.shortcut,
    })),
  };
}

function uniqueId(name: string, takenIds: ReadonlySet<string>): string {
  const base = `custom-${slug(name) || 'scale'}`.slice(0, 56);
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The scale the API will receive, or the problems to show next to each field. The shape is
 * checked with the contract's own schema, so the form and the service agree.
 */
export function scaleFromDraft(
  draft: ScaleDraft,
  takenIds: ReadonlySet<string>,
): { scale: Omit<RatingScale, 'builtin'> } | { errors: ScaleErrors } {
  const errors: ScaleErrors = {};
  const ratings = draft.kind === 'conclusion' ? [] : draft.ratings;
  const values = ratings.map((rating, index) => {
    const text = rating.value.trim();
    if (text === '') return null;
    const value = Number(text);
    if (!Number.isInteger(value))
      errors[`ratings.${index}.value`] = 'must be a whole number, or empty';
    return value;
  });
  const candidate = {
    id: draft.id ?? uniqueId(draft.name, takenIds),
    name: draft.name.trim(),
    kind: draft.kind,
    ratings: ratings.map((rating, index) => ({
      key: rating.key.trim(),
      label: rating.label.trim(),
      colour: rating.colour,
      value: values[index] ?? null,
      shortcut: rating.shortcut.trim().toLowerCase(),
    })),
  };
  if (!candidate.name) errors.name = 'give the scale a name';
  candidate.ratings.forEach((rating, index) => {
    if (!rating.label) errors[`ratings.${index}.label`] = 'give the rating a label';
    if (!rating.key) errors[`ratings.${index}.key`] = 'give the rating a key, e.g. mostly-true';
  });
  const parsed = RatingScaleSchema.omit({ builtin: true }).safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= issue.message;
    }
  }
  const seenKeys = new Set<string>();
  const seenShortcuts = new Set<string>();
  candidate.ratings.forEach((rating, index) => {
    if (rating.key && seenKeys.has(rating.key))
      errors[`ratings.${index}.key`] ??= 'is used by another rating';
    if (rating.shortcut && seenShortcuts.has(rating.shortcut)) {
      errors[`ratings.${index}.shortcut`] ??= 'is used by another rating';
    }
    seenKeys.add(rating.key);
    seenShortcuts.add(rating.shortcut);
  });
  if (draft.kind !== 'conclusion' && candidate.ratings.length === 0)
    errors.ratings = 'add at least one rating';
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
  return { scale: parsed.data };
}

/** The API reports paths from its input's root ("scale.ratings.0.key"); the form's are shorter. */
export function errorsFromApi(issues: readonly { path: string; message: string }[]): ScaleErrors {
  const errors: ScaleErrors = {};
  for (const issue of issues)
    errors[issue.path.replace(/^scale\.?/, '') || 'name'] ??= issue.message;
  return errors;
}
