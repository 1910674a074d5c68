import { useState } from 'react';
import type { RecoveryStatus } from '../../../src-main/contract/trustMethods';
import { call } from '../api/client';
import { formatBackupTime } from './formatBackupTime';
import './recovery.css';
import { errorMessage } from '../../../src-main/core/errorMessage';

interface Props {
  status: RecoveryStatus;
  /** Called once a database is open again; the app then starts normally. */
  onRecovered(): void;
}

/** Refusals about the disk or the folder, not the file: the same database may open once fixed. */
const retryable = new Set(['disk_full', 'read_only', 'unreadable']);

/** Shown instead of the workbench when the database could not be opened at start-up. */
export function RecoveryScreen({ status, onRecovered }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmFresh, setConfirmFresh] = useState(false);

  async function run(action: () => Promise<RecoveryStatus>) {
    setBusy(true);
    setError(null);
    try {
      const next = await action();
      if (next.mode === 'normal') onRecovered();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  const [latest, ...older] = status.backups;
  return (
    <main className="recovery-screen" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Factdesk could not open your data</h1>
      <p className="recovery-message" data-testid="recovery-message">
        {status.message}
      </p>
      {retryable.has(status.reason ?? '') && (
        <section aria-label="Try again">
          <h2>Nothing is wrong with the data itself</h2>
          <p>
            Fix what the message above says (free some space, or make the folder writable), then:
          </p>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void run(() => call('recovery.retry', {}))}
          >
            Try again
          </button>
        </section>
      )}
      {status.movedAside.length > 0 && (
        <section aria-label="Files kept aside">
          <h2>Kept aside, unchanged</h2>
          <ul className="recovery-paths">
            {status.movedAside.map((path) => (
              <li key={path} className="path">
                {path}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Backups">
        <h2>Restore a backup</h2>
        {latest ? (
          <>
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void run(() => call('recovery.restore', { name: latest.name }))}
            >
              Restore the latest backup ({formatBackupTime(latest.createdAt)})
            </button>
            {older.length > 0 && (
              <ul className="recovery-backups" aria-label="Older backups">
                {older.map((backup) => (
                  <li key={backup.name}>
                    <span>{formatBackupTime(backup.createdAt)}</span>
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() =>
                        void run(() => call('recovery.restore', { name: backup.name }))
                      }
                    >
                      Restore this one
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p>There are no backups in the data folder yet.</p>
        )}
      </section>
      <section aria-label="Start fresh">
        <h2>Start fresh</h2>
        {confirmFresh ? (
          <p>
            Factdesk will start with an empty database. The files kept aside stay where they are.{' '}
            <button
              type="button"
              disabled={busy}
              onClick={() => void run(() => call('recovery.startFresh', {}))}
            >
              Start with an empty database
            </button>{' '}
            <button type="button" disabled={busy} onClick={() => setConfirmFresh(false)}>
              Cancel
            </button>
          </p>
        ) : (
          <button type="button" disabled={busy} onClick={() => setConfirmFresh(true)}>
            Start fresh…
          </button>
        )}
      </section>
      {error && (
        <p role="alert" className="recovery-error">
          {error}
        </p>
      )}
    </main>
  );
}
