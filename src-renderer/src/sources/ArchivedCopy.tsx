import { useState } from 'react';
import type { Source } from '../../../src-main/core/model';
import { archiveUrl, call } from '../api/client';
import { errorMessage } from '../../../src-main/core/errorMessage';
import { uiActions } from '../workbench/uiStore';
import { ArchiveFileButton } from './ArchiveFileButton';
import { archiveFile } from './archiveFile';
import { formatBytes } from './formatBytes';

type CopyCheck = { path: string; intact: boolean };

/** The source's local copy: its fingerprint, a way to open it, and a check that it is unchanged. */
export function ArchivedCopy({ source }: { source: Source }) {
  const [check, setCheck] = useState<CopyCheck | null>(null);
  const archive = source.archive;
  const name = source.title || source.url;

  const openCopy = async () => {
    // Opened inside the click, before any await, so that the browser treats it as user-initiated.
    const url = archiveUrl(source.id);
    if (url) window.open(url, '_blank', 'noopener,noreferrer');
    try {
      setCheck(await call('sources.openArchive', { sourceId: source.id }));
    } catch (error) {
      uiActions.notify({
        message: `Could not find the archived copy: ${errorMessage(error)}. Archive the file again.`,
        tone: 'error',
      });
    }
  };

  const replace = (
    <ArchiveFileButton
      label={archive ? 'Replace copy' : 'Archive a copy'}
      accessibleName={`${archive ? 'Replace the archived copy of' : 'Archive a copy of'} “${name}”`}
      onFile={async (file) => {
        setCheck(null);
        await archiveFile(source.id, file);
      }}
    />
  );

  if (!archive) {
    return (
      <div className="archived-copy missing">
        <span className="archive-status">No archived copy</span>
        {replace}
      </div>
    );
  }

  return (
    <div className="archived-copy">
      <span className="archive-status">
        <span className="tick" aria-hidden="true">
          ✓
        </span>{' '}
        Archived copy: {archive.originalName} · {formatBytes(archive.size)} ·{' '}
        <span className="sha" title={`SHA-256 ${archive.sha256}`} data-sha256={archive.sha256}>
          SHA-256 {archive.sha256.slice(0, 12)}…
        </span>
      </span>
      <div className="archive-actions">
        <button
          type="button"
          onClick={() => void openCopy()}
          aria-label={`Open the archived copy of “${name}”`}
        >
          Open copy
        </button>
        {replace}
      </div>
      {check && (
        <p className={check.intact ? 'copy-check intact' : 'copy-check broken'} role="status">
          {check.intact
            ? 'Intact: the file still matches its SHA-256.'
            : 'Changed or missing: the file no longer matches its SHA-256. Archive it again from the original.'}{' '}
          <span className="copy-path">
            SHA-256 {archive.sha256} · {check.path}
          </span>
        </p>
      )}
    </div>
  );
}
