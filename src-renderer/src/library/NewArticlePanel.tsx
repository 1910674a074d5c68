import { useId, useLayoutEffect, useRef, useState } from 'react';
import { Panel } from '../ui/Panel';
import { errorMessage } from '../../../src-main/core/errorMessage';
import type { ArticleDraft } from './ArticleDraft';
import { ArticleMetaForm } from './ArticleMetaForm';
import { pasteAsParagraphs } from './pasteAsParagraphs';

interface NewArticlePanelProps {
  draft: ArticleDraft;
  onDraftChange(draft: ArticleDraft): void;
  onCreate(draft: ArticleDraft): Promise<void>;
  onClose(): void;
}

export function NewArticlePanel({ draft, onDraftChange, onCreate, onClose }: NewArticlePanelProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const caretAfterPaste = useRef<number | null>(null);
  const errorId = useId();

  useLayoutEffect(() => {
    if (caretAfterPaste.current === null || !textArea.current) return;
    textArea.current.setSelectionRange(caretAfterPaste.current, caretAfterPaste.current);
    caretAfterPaste.current = null;
  });

  const create = async () => {
    if (draft.text.trim() === '') {
      setError('Paste or type the article’s text first.');
      textArea.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onCreate(draft);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Panel
      title="New article"
      onClose={onClose}
      className="new-article-panel"
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => void create()}>
            Create article
          </button>
        </>
      }
    >
      <div className="article-form">
        <div className="text-field">
          <label>
            Article text
            <textarea
              ref={textArea}
              value={draft.text}
              rows={16}
              placeholder="Paste the article here. Formatted text from a web page or Word keeps its paragraphs."
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => {
                setError(null);
                onDraftChange({ ...draft, text: event.target.value });
              }}
              onPaste={(event) => {
                const pasted = pasteAsParagraphs(event);
                if (!pasted) return;
                caretAfterPaste.current = pasted.caret;
                setError(null);
                onDraftChange({ ...draft, text: pasted.value });
              }}
            />
          </label>
          {error && (
            <span className="field-error" id={errorId} role="alert">
              {error}
            </span>
          )}
        </div>
        <ArticleMetaForm meta={draft.meta} onChange={(meta) => onDraftChange({ ...draft, meta })} />
      </div>
    </Panel>
  );
}
