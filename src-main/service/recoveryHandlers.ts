import { FactdeskError } from '../contract/errors';
import type { Handlers } from '../contract/methods';
import { methodNames } from '../contract/methods';
import type { RecoveryStatus } from '../contract/trustMethods';
import { backupInfos } from './backupInfo';

export interface RecoveryActions {
  status(): RecoveryStatus;
  restore(name: string): Promise<{ status: RecoveryStatus; previousCopy: string | null }>;
  startFresh(): Promise<RecoveryStatus>;
  retry(): Promise<RecoveryStatus>;
}

/**
 * What answers while no database is open: the recovery methods and the backup list work, and
 * every other method says plainly why it cannot.
 */
export function recoveryHandlers(dataDir: string, actions: RecoveryActions): Handlers {
  const closed = () => {
    throw new FactdeskError(
      'storage',
      `No database is open: ${actions.status().message} Restore a backup or start fresh first.`,
    );
  };
  const everyMethodClosed = Object.fromEntries(methodNames.map((name) => [name, closed]));
  const open: Partial<Handlers> = {
    'recovery.status': () => actions.status(),
    'recovery.restore': async ({ name }) => (await actions.restore(name)).status,
    'recovery.startFresh': () => actions.startFresh(),
    'recovery.retry': () => actions.retry(),
    'backups.list': () => backupInfos(dataDir),
    'backups.restore': async ({ name }) => {
      const { status, previousCopy } = await actions.restore(name);
      const restored = status.backups.find((b) => b.name === name);
      if (!restored) throw new FactdeskError('internal', `Backup ${name} vanished after restoring`);
      return { restored, previousCopy };
    },
  };
  return { ...everyMethodClosed, ...open } as Handlers;
}
