import { useState } from 'react';
import { AutosaveTextField } from './AutosaveTextField';
import { parseTags } from './parseTags';

interface TagsFieldProps {
  tags: string[];
  onSave(tags: string[]): Promise<unknown>;
}

const sameTags = (a: string[], b: string[]) =>
  a.length === b.length && a.every((tag, i) => tag === b[i]);

/** Tags typed as a comma-separated list, saved as a list. */
export function TagsField({ tags, onSave }: TagsFieldProps) {
  // While the saved list still matches what was typed, keep showing the typed text: replacing
  // "casualties, " with "casualties" would eat the separator the checker is halfway through.
  const [typed, setTyped] = useState(tags.join(', '));
  const saved = sameTags(parseTags(typed), tags) ? typed : tags.join(', ');
  return (
    <>
      <AutosaveTextField
        label="Tags (comma-separated)"
        saved={saved}
        onSave={(text) => {
          setTyped(text);
          return onSave(parseTags(text));
        }}
        placeholder="e.g. casualties, Caribbean"
      />
      {tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <bdi>{tag}</bdi>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
