import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Claim, SourceKind, Stance } from '../../../src-main/core/model';
import { sourceKinds, stances } from '../../../src-main/core/model';
import { sourceKindLabels, stanceLabels } from '../claims/labels';
import { todayDateText } from '../claims/formatDateTime';
import { write } from '../workbench/write';
import { archiveFile } from './archiveFile';
import { describeBytes, limits } from '../../../src-main/core/limits';
import { EnumSelect } from '../ui/EnumSelect';

interface AddSourceFormProps {
  claim: Claim;
  onDone(): void;
}

const emptyFields = () => ({
  url: '',
  title: '',
  publisher: '',
  author: '',
  publishedAt: '',
  accessedAt: todayDateText(),
  kind: 'other' as SourceKind,
});

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** "+ Add source": a new library source, cited on this claim, optionally with its copy. */
export function AddSourceForm({ claim, onDone }: AddSourceFormProps) {
  const [fields, setFields] = useState(emptyFields);
  const [stance, setStance] = useState<Stance>('supports');
  const [excerpt, setExcerpt] = useState('');
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => firstField.current?.focus(), []);

  const set = (name: keyof ReturnType<typeof emptyFields>) => (value: string) =>
    setFields((current) => ({ ...current, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const url = fields.url.trim();
    if (!url && !fields.title.trim()) {
      setProblem('Give the source a URL or a title.');
      return;
    }
    if (url && !/^https?:\/\//i.test(url)) {
      setProblem(
        'The URL must start with http:// or https://. For an offline document, leave it empty and archive the file.',
      );
      return;
    }
    if (file && file.size > limits.uploadBytes) {
      setProblem(
        `That file is larger than ${describeBytes(limits.uploadBytes)}. Archive a smaller excerpt instead.`,
      );
      return;
    }
    setProblem('');
    setBusy(true);
    try {
      const source = await write('sources.create', {
        fields: {
          ...fields,
          url,
          title: fields.title.trim(),
          publisher: fields.publisher.trim() || hostOf(url),
        },
      });
      await write('sources.attach', {
        claimId: claim.id,
        sourceId: source.id,
        link: { stance, excerpt, note },
      });
      if (file) await archiveFile(source.id, file);
      onDone();
    } catch {
      // The save already told the checker what went wrong; the form keeps what they typed.
      setBusy(false);
    }
  };

  return (
    <form
      className="source-form"
      aria-label="Add a source"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onDone();
      }}
    >
      <label>
        URL
        <input
          ref={firstField}
          type="url"
          value={fields.url}
          placeholder="Paste the address: https://…"
          spellCheck={false}
          onChange={(e) => set('url')(e.target.value)}
        />
      </label>
      <label>
        Title
        <input value={fields.title} onChange={(e) => set('title')(e.target.value)} />
      </label>
      <div className="field-grid">
        <label>
          Publisher
          <input
            value={fields.publisher}
            placeholder={hostOf(fields.url.trim())}
            onChange={(e) => set('publisher')(e.target.value)}
          />
        </label>
        <label>
          Author
          <input value={fields.author} onChange={(e) => set('author')(e.target.value)} />
        </label>
        <label>
          Published
          <input
            type="date"
            value={fields.publishedAt}
            onChange={(e) => set('publishedAt')(e.target.value)}
          />
        </label>
        <label>
          Accessed
          <input
            type="date"
            value={fields.accessedAt}
            onChange={(e) => set('accessedAt')(e.target.value)}
          />
        </label>
        <label>
          Kind
          <EnumSelect
            value={fields.kind}
            options={sourceKinds}
            labels={sourceKindLabels}
            onChange={set('kind')}
          />
        </label>
        <label>
          Stance
          <EnumSelect value={stance} options={stances} labels={stanceLabels} onChange={setStance} />
        </label>
      </div>
      <label>
        Excerpt relied on
        <textarea
          className="plain-text"
          rows={2}
          value={excerpt}
          onChange={(e) => setExcerpt(e.target.value)}
        />
      </label>
      <label>
        Note
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label>
        Archive a copy (optional; any file)
        <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={onDone} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Cite source'}
        </button>
      </div>
    </form>
  );
}
