import { useState } from 'react';
import type { RatingScale } from '../../../src-main/core/model';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { uiActions } from '../workbench/uiStore';
import { write } from '../workbench/write';
import { usePreferences, useScales } from '../workbench/workbenchQueries';
import { ScaleEditor } from './ScaleEditor';
import type { ScaleDraft } from './scaleDraft';
import { draftFromScale, newScaleDraft } from './scaleDraft';

type Editing = { draft: ScaleDraft; key: number } | null;

/** Every scale with its ratings; custom scales can be edited and, while unused, deleted. */
export function ScaleManager() {
  const scales = useScales();
  const preferences = usePreferences();
  const [editing, setEditing] = useState<Editing>(null);
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<{ id: string; message: string } | null>(null);
  const [editCount, setEditCount] = useState(0);

  const edit = (draft: ScaleDraft) => {
    setEditCount((n) => n + 1);
    setEditing({ draft, key: editCount + 1 });
  };

  const remove = async (scale: RatingScale) => {
    setConfirmingId(null);
    try {
      await write('scales.delete', { id: scale.id }, { inlineErrors: true });
      uiActions.notify({ message: `Deleted the scale “${scale.name}”.`, tone: 'info' });
    } catch (error) {
      setDeleteError({ id: scale.id, message: errorMessage(error) });
    }
  };

  return (
    <section className="scale-manager" aria-labelledby="scales-heading">
      <div className="section-head">
        <h3 id="scales-heading">Rating scales</h3>
        {!editing && (
          <button type="button" onClick={() => edit(newScaleDraft())}>
            + New scale
          </button>
        )}
      </div>
      {editing && (
        <ScaleEditor
          key={editing.key}
          initial={editing.draft}
          scales={scales}
          onDone={() => setEditing(null)}
        />
      )}
      <ul className="scale-list" aria-label="Rating scales">
        {scales.map((scale) => {
          const isDefault = scale.id === preferences?.defaultScaleId;
          return (
            <li key={scale.id} className="scale-row">
              <div className="scale-summary">
                <span className="scale-name">{scale.name}</span>
                <span className="scale-tags">
                  {scale.builtin ? 'Built in' : 'Custom'}
                  {isDefault ? ' · Default' : ''}
                </span>
                <span className="rating-chips">
                  {scale.ratings.length === 0 && (
                    <span className="rating-chip">Conclusion only</span>
                  )}
                  {scale.ratings.map((rating) => (
                    <span key={rating.key} className="rating-chip">
                      <span className="dot" style={{ background: rating.colour }} />
                      {rating.label}
                      {rating.shortcut && <kbd>{rating.shortcut.toUpperCase()}</kbd>}
                    </span>
                  ))}
                </span>
              </div>
              {confirmingId === scale.id ? (
                <div className="confirm-actions" role="group" aria-label={`Delete ${scale.name}?`}>
                  <span>Delete “{scale.name}” for good?</span>
                  <button
                    type="button"
                    className="danger"
                    autoFocus
                    onClick={() => void remove(scale)}
                  >
                    Delete
                  </button>
                  <button type="button" onClick={() => setConfirmingId(null)}>
                    Keep
                  </button>
                </div>
              ) : (
                <div className="scale-actions">
                  <button
                    type="button"
                    aria-label={
                      scale.builtin ? `Copy ${scale.name} to a new scale` : `Edit ${scale.name}`
                    }
                    onClick={() => edit(draftFromScale(scale))}
                  >
                    {scale.builtin ? 'Copy' : 'Edit'}
                  </button>
                  {!scale.builtin && (
                    <button
                      type="button"
                      className="danger"
                      aria-label={`Delete ${scale.name}`}
                      disabled={isDefault}
                      title={isDefault ? 'Choose another default scale first' : undefined}
                      onClick={() => {
                        setDeleteError(null);
                        setConfirmingId(scale.id);
                      }}
                    >
                      Delete
                    </button>
                  )}
                </div>
              )}
              {deleteError?.id === scale.id && (
                <p className="field-error" role="alert">
                  {deleteError.message}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
