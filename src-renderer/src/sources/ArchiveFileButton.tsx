import { useRef, useState } from 'react';

interface ArchiveFileButtonProps {
  label: string;
  /** Names the source, for screen readers that hear the button out of context. */
  accessibleName: string;
  onFile(file: File): Promise<unknown>;
}

/** "Archive a copy": a plain button that opens the file picker; any kind of file is accepted. */
export function ArchiveFileButton({ label, accessibleName, onFile }: ArchiveFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-label={accessibleName}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {busy ? 'Archiving…' : label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={accessibleName}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          setBusy(true);
          void onFile(file).finally(() => setBusy(false));
        }}
      />
    </>
  );
}
