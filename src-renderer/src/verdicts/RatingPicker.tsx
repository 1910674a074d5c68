import { useId } from 'react';
import type { CSSProperties } from 'react';
import type { RatingScale } from '../../../src-main/core/model';
import { NEUTRAL_COLOUR } from '../../../src-main/core/scales/builtinScales';

interface RatingPickerProps {
  scale: RatingScale;
  value: string | null;
  onPick(ratingKey: string | null): void;
}

/** The rating whose keyboard letter was pressed, if any; letters with modifiers are left alone. */
export function ratingForKey(
  scale: RatingScale,
  event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) return undefined;
  const letter = event.key.toLowerCase();
  return scale.ratings.find((r) => r.shortcut !== '' && r.shortcut.toLowerCase() === letter);
}

/** The active scale as a radio group: each rating with its colour and its keyboard letter. */
export function RatingPicker({ scale, value, onPick }: RatingPickerProps) {
  const name = useId();
  return (
    <fieldset className="rating-picker">
      <legend>
        Rating <span className="legend-hint">({scale.name} scale; press a letter to pick)</span>
      </legend>
      <div className="rating-options">
        <label className="rating-option">
          <input type="radio" name={name} checked={value === null} onChange={() => onPick(null)} />
          <span className="dot" style={{ background: NEUTRAL_COLOUR }} aria-hidden="true" />
          <span className="rating-label">Not rated</span>
        </label>
        {scale.ratings.map((rating) => (
          <label
            key={rating.key}
            className="rating-option"
            style={{ '--rating-colour': rating.colour } as CSSProperties}
          >
            <input
              type="radio"
              name={name}
              value={rating.key}
              checked={value === rating.key}
              aria-keyshortcuts={rating.shortcut ? rating.shortcut.toUpperCase() : undefined}
              onChange={() => onPick(rating.key)}
            />
            <span className="dot" style={{ background: rating.colour }} aria-hidden="true" />
            <span className="rating-label">{rating.label}</span>
            {rating.shortcut && <kbd aria-hidden="true">{rating.shortcut.toUpperCase()}</kbd>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
