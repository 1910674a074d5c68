import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { BackupInfo } from '../../../src-main/contract/trustMethods';
import { ApiError, call } from '../api/client';
import { formatBackupTime } from '../recovery/formatBackupTime';
import { errorMessage } from '../../../src-main/core/errorMessage';

/** An error in plain words: the service's own message, or what went wrong on the way to it. */
function plainError(action: string, error: unknown): string {
  if (error instanceof ApiError) return error.message;
  const detail = errorMessage(error);
  return `Factdesk could not ${action}. ${detail}`.trim();
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The backup's time; with its file name too when another backup shows the same minute. */
function describeBackup(backup: BackupInfo, all: readonly BackupInfo[]): string {
  const time = formatBackupTime(backup.createdAt);
  const clash = all.some(
    (other) => other.name !== backup.name && formatBackupTime(other.createdAt) === time,
  );
  return clash ? `${time} (${backup.name})` : time;
}

type Busy = { kind: 'create' } | { kind: 'restore'; name: string } | null;

/**
 * The automatic backups in the data folder: back up now, or go back to one. A restore keeps the
 * current database beside the backup (the service never deletes it), then the app reloads.
 */
export function BackupsSection() {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const restoreButtons = useRef(new Map<string, HTMLButtonElement>());
  const backUpButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let current = true;
    call('backups.list', {})
      .then((listed) => {
        if (current) setBackups(listed);
      })
      .catch((failure: unknown) => {
        if (current) setError(plainError('list the backups', failure));
      });
    return () => {
      current = false;
    };
  }, []);

  const backUpNow = async () => {
    setBusy({ kind: 'create' });
    setError(null);
    setStatus('');
    try {
      const made = await call('backups.create', {});
      setBackups(await call('backups.list', {}));
      setStatus(`Backed up. The newest backup is from ${formatBackupTime(made.createdAt)}.`);
    } catch (failure) {
      setError(plainError('make a backup', failure));
    } finally {
      setBusy(null);
    }
  };

  const cancelRestore = (name: string) => {
    setConfirming(null);
    // Back to the button that asked, so keyboard users keep their place.
    requestAnimationFrame(() => restoreButtons.current.get(name)?.focus());
  };

  const restore = async (backup: BackupInfo) => {
    setBusy({ kind: 'restore', name: backup.name });
    setError(null);
    setStatus('Restoring the backup…');
    try {
      await call('backups.restore', { name: backup.name });
      setStatus('Restored. Reloading Factdesk…');
      window.location.reload();
    } catch (failure) {
      setStatus('');
      setError(plainError('restore the backup', failure));
      setBusy(null);
      setConfirming(null);
      requestAnimationFrame(() =>
        (restoreButtons.current.get(backup.name) ?? backUpButton.current)?.focus(),
      );
    }
  };

  const onConfirmKeyDown = (event: KeyboardEvent, name: string) => {
    if (event.key === 'Escape') {
      // Escape cancels the restore only; it must not close the whole Preferences panel.
      event.preventDefault();
      cancelRestore(name);
    }
  };

  const list = backups ?? [];
  return (
    <section className="scale-manager backups-section" aria-labelledby="backups-heading">
      <div className="section-head">
        <h3 id="backups-heading">Backups</h3>
        <button
          type="button"
          ref={backUpButton}
          disabled={busy !== null}
          onClick={() => void backUpNow()}
        >
          {busy?.kind === 'create' ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      <p className="hint-text" id="backups-hint">
        Factdesk backs up your data each time it starts and once a day, and keeps the newest 10. A
        restore keeps your current data beside the backup; nothing is deleted.
      </p>
      <p className="hint-text" role="status" aria-live="polite">
        {status}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {backups === null && !error && <p className="hint-text">Looking for backups…</p>}
      {backups !== null && list.length === 0 && (
        <p className="hint-text">There are no backups yet. Choose “Back up now” to make one.</p>
      )}
      {list.length > 0 && (
        <ul className="scale-list" aria-label="Backups" aria-describedby="backups-hint">
          {list.map((backup, index) => {
            const described = describeBackup(backup, list);
            const question = `Restore the backup from ${described}?`;
            return (
              <li key={backup.name} className="scale-row">
                <div className="scale-summary">
                  <span className="scale-name">{formatBackupTime(backup.createdAt)}</span>
                  <span className="scale-tags">
                    {index === 0 ? 'Newest · ' : ''}
                    {formatSize(backup.size)} · {backup.name}
                  </span>
                </div>
                {confirming === backup.name ? (
                  <div
                    className="confirm-actions"
                    // The question takes the whole row, under the backup it is about.
                    style={{ gridColumn: '1 / -1' }}
                    role="group"
                    aria-label={question}
                    onKeyDown={(event) => onConfirmKeyDown(event, backup.name)}
                  >
                    <span>{question} The current data is kept beside it.</span>
                    <button
                      type="button"
                      className="primary"
                      autoFocus
                      disabled={busy !== null}
                      onClick={() => void restore(backup)}
                    >
                      {busy?.kind === 'restore' ? 'Restoring…' : 'Restore'}
                    </button>
                    <button
                      type="button"
                      disabled={busy !== null}
                      onClick={() => cancelRestore(backup.name)}
                    >
                      Cancel
                    </button>
                  </div>
                ) : (
                  <button
                    type="button"
                    ref={(element) => {
                      if (element) restoreButtons.current.set(backup.name, element);
                      else restoreButtons.current.delete(backup.name);
                    }}
                    aria-label={`Restore the backup from ${described}`}
                    disabled={busy !== null}
                    onClick={() => {
                      setError(null);
                      setConfirming(backup.name);
                    }}
                  >
                    Restore…
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
