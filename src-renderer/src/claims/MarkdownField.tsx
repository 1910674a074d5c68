import { useId, useState } from 'react';
import type { MouseEvent } from 'react';
import { renderSafeMarkdown } from '../../../src-main/core/report/renderSafeMarkdown';
import { useAutosaveField } from '../ui/useAutosaveField';
import { openWebUrl, WEB_ONLY_MESSAGE } from './openWebUrl';

interface MarkdownFieldProps {
  label: string;
  saved: string;
  onSave(value: string): Promise<unknown>;
  onRefusedLink(message: string): void;
  rows?: number;
  placeholder?: string;
}

/** Markdown that saves itself as it is typed, with a preview rendered the way reports show it. */
export function MarkdownField({
  label,
  saved,
  onSave,
  onRefusedLink,
  rows = 4,
  placeholder,
}: MarkdownFieldProps) {
  const field = useAutosaveField(saved, (value) => void onSave(value).catch(() => undefined));
  const [previewing, setPreviewing] = useState(false);
  const id = useId();

  // A link in the preview must not navigate the workbench itself away; it opens outside, like
  // every other web address.
  const openLink = (event: MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link) return;
    event.preventDefault();
    if (!openWebUrl(link.getAttribute('href') ?? '')) onRefusedLink(WEB_ONLY_MESSAGE);
  };

  return (
    <div className="markdown-field">
      <div className="markdown-field-head">
        <span className="field-label-row">
          {previewing ? (
            <span className="field-label" id={`${id}-label`}>
              {label}
            </span>
          ) : (
            <label className="field-label" htmlFor={id} id={`${id}-label`}>
              {label}
            </label>
          )}
          <span
            className="field-hint"
            id={`${id}-hint`}
            title="**bold**, _italic_, [link](https://…), - list"
          >
            Markdown
          </span>
        </span>
        <div className="segmented" role="group" aria-label={`${label}: edit or preview`}>
          <button type="button" aria-pressed={!previewing} onClick={() => setPreviewing(false)}>
            Edit
          </button>
          <button type="button" aria-pressed={previewing} onClick={() => setPreviewing(true)}>
            Preview
          </button>
        </div>
      </div>
      {previewing ? (
        <div
          className="markdown-preview"
          role="region"
          aria-labelledby={`${id}-label`}
          onClick={openLink}
          onAuxClick={openLink}
          // The only HTML set here is renderSafeMarkdown's: raw HTML is escaped, links are web-only.
          dangerouslySetInnerHTML={{
            __html: field.value.trim()
              ? renderSafeMarkdown(field.value, { headingOffset: 4 })
              : '<p class="empty">Nothing written yet.</p>',
          }}
        />
      ) : (
        <textarea
          id={id}
          rows={rows}
          value={field.value}
          placeholder={placeholder}
          aria-describedby={`${id}-hint`}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
        />
      )}
    </div>
  );
}
