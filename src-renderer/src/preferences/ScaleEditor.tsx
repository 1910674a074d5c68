import { useId, useState } from 'react';
import type { RatingScale, ScaleKind } from '../../../src-main/core/model';
import { scaleKinds } from '../../../src-main/core/model';
import { ApiError } from '../api/client';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { FieldError, errorAttributes } from './FieldError';
import type { RatingDraft, ScaleDraft, ScaleErrors } from './scaleDraft';
import { errorsFromApi, newRating, scaleFromDraft, slug } from './scaleDraft';
import { write } from '../workbench/write';
import { EnumSelect } from '../ui/EnumSelect';

const kindLabels: Record<ScaleKind, string> = {
  ordinal: 'Ordered ratings (True … False)',
  labels: 'Labels (no order)',
  conclusion: 'Conclusion only, no rating',
};

interface ScaleEditorProps {
  initial: ScaleDraft;
  /** Every scale, so a new one gets an id of its own. */
  scales: readonly RatingScale[];
  onDone(savedId: string | null): void;
}

export function ScaleEditor({ initial, scales, onDone }: ScaleEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<ScaleErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = useId();
  const idFor = (path: string) => `${prefix}-${path}`;

  const setRating = (index: number, patch: Partial<RatingDraft>) =>
    setDraft((current) => ({
      ...current,
      ratings: current.ratings.map((rating, i) => (i === index ? { ...rating, ...patch } : rating)),
    }));

  const changeLabel = (index: number, rating: RatingDraft, label: string) => {
    // The key follows the label until the checker types a key of their own.
    const followsLabel = rating.key === '' || rating.key === slug(rating.label);
    setRating(index, followsLabel ? { label, key: slug(label) } : { label });
  };

  const moveRating = (index: number, by: -1 | 1) =>
    setDraft((current) => {
      const ratings = [...current.ratings];
      const [moved] = ratings.splice(index, 1);
      if (moved) ratings.splice(index + by, 0, moved);
      return { ...current, ratings };
    });

  const save = async () => {
    setFailure(null);
    const result = scaleFromDraft(draft, new Set(scales.map((s) => s.id)));
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = await write('scales.save', { scale: result.scale }, { inlineErrors: true });
      onDone(saved.id);
    } catch (error) {
      if (error instanceof ApiError && error.payload.issues)
        setErrors(errorsFromApi(error.payload.issues));
      setFailure(errorMessage(error));
      setBusy(false);
    }
  };

  const errorCount = Object.keys(errors).length;

  return (
    <form
      className="scale-editor"
      aria-label={draft.id ? `Edit scale ${initial.name}` : 'New rating scale'}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onDone(null);
        }
      }}
    >
      <div className="scale-editor-head">
        <label>
          Scale name
          <input
            value={draft.name}
            autoComplete="off"
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
            {...errorAttributes(idFor('name'), errors.name)}
          />
          <FieldError id={idFor('name')} message={errors.name} />
        </label>
        <label>
          Kind
          <EnumSelect
            value={draft.kind}
            options={scaleKinds}
            labels={kindLabels}
            onChange={(kind) => setDraft({ ...draft, kind })}
          />
        </label>
      </div>

      {draft.kind !== 'conclusion' && (
        <fieldset className="ratings-editor">
          <legend>Ratings</legend>
          <p className="field-hint">
            Value is ClaimReview’s ratingValue (higher is truer); leave it empty for ratings outside
            the order, such as Unproven. Shortcut is the letter that picks the rating.
          </p>
          <FieldError id={idFor('ratings')} message={errors.ratings} />
          <table>
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">Key</th>
                <th scope="col">Colour</th>
                <th scope="col">Value</th>
                <th scope="col">Shortcut</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.ratings.map((rating, index) => {
                const n = index + 1;
                const path = (field: string) => `ratings.${index}.${field}`;
                const cell = (field: string) => errors[path(field)];
                return (
                  <tr key={index}>
                    <td>
                      <input
                        aria-label={`Rating ${n} label`}
                        value={rating.label}
                        autoComplete="off"
                        onChange={(event) => changeLabel(index, rating, event.target.value)}
                        {...errorAttributes(idFor(path('label')), cell('label'))}
                      />
                      <FieldError id={idFor(path('label'))} message={cell('label')} />
                    </td>
                    <td>
                      <input
                        aria-label={`Rating ${n} key`}
                        value={rating.key}
                        autoComplete="off"
                        spellCheck={false}
                        onChange={(event) => setRating(index, { key: event.target.value })}
                        {...errorAttributes(idFor(path('key')), cell('key'))}
                      />
                      <FieldError id={idFor(path('key'))} message={cell('key')} />
                    </td>
                    <td>
                      <input
                        type="color"
                        aria-label={`Rating ${n} colour`}
                        value={rating.colour}
                        onChange={(event) => setRating(index, { colour: event.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`Rating ${n} value`}
                        inputMode="numeric"
                        value={rating.value}
                        className="narrow"
                        onChange={(event) => setRating(index, { value: event.target.value })}
                        {...errorAttributes(idFor(path('value')), cell('value'))}
                      />
                      <FieldError id={idFor(path('value'))} message={cell('value')} />
                    </td>
                    <td>
                      <input
                        aria-label={`Rating ${n} shortcut letter`}
                        value={rating.shortcut}
                        maxLength={1}
                        className="narrow"
                        onChange={(event) => setRating(index, { shortcut: event.target.value })}
                        {...errorAttributes(idFor(path('shortcut')), cell('shortcut'))}
                      />
                      <FieldError id={idFor(path('shortcut'))} message={cell('shortcut')} />
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={`Move rating ${n} up`}
                        disabled={index === 0}
                        onClick={() => moveRating(index, -1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={`Move rating ${n} down`}
                        disabled={index === draft.ratings.length - 1}
                        onClick={() => moveRating(index, 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={`Remove rating ${n}`}
                        onClick={() =>
                          setDraft({
                            ...draft,
                            ratings: draft.ratings.filter((_, i) => i !== index),
                          })
                        }
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button
            type="button"
            disabled={draft.ratings.length >= 30}
            onClick={() =>
              setDraft({ ...draft, ratings: [...draft.ratings, newRating(draft.ratings.length)] })
            }
          >
            + Add rating
          </button>
        </fieldset>
      )}

      <div className="scale-editor-actions">
        {(errorCount > 0 || failure) && (
          <span className="field-error" role="alert">
            {failure ??
              `Not saved: ${errorCount === 1 ? 'one field needs' : `${errorCount} fields need`} attention.`}
          </span>
        )}
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Save scale
        </button>
      </div>
    </form>
  );
}
