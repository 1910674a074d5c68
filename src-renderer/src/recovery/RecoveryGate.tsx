import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import type { RecoveryStatus } from '../../../src-main/contract/trustMethods';
import { call } from '../api/client';
import { RecoveryScreen } from './RecoveryScreen';

/**
 * Asks once whether the database is open. In recovery mode it shows the recovery screen; once a
 * database is open again the page reloads, so the workbench starts from a clean state.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<RecoveryStatus | 'unknown' | null>(null);
  useEffect(() => {
    call('recovery.status', {}).then(setStatus, () => setStatus('unknown'));
  }, []);
  if (status === null) return null;
  if (status !== 'unknown' && status.mode === 'recovery') {
    return <RecoveryScreen status={status} onRecovered={() => window.location.reload()} />;
  }
  // Opened, but something was set aside on the way (a -wal from another database): say so once.
  const notice =
    status !== 'unknown' && status.movedAside.length > 0 ? (
      <p role="status" className="recovery-notice">
        {status.message}
      </p>
    ) : null;
  return (
    <>
      {notice}
      {children}
    </>
  );
}
