import { FactdeskError } from '../contract/errors';
import type { Handlers } from '../contract/methods';
import type { trustMethods } from '../contract/trustMethods';
import { backupDatabase } from '../store/backupDatabase';
import { backupsFolder } from '../store/listBackups';
import { restoreDatabaseInPlace } from '../store/restoreDatabase';
import { BackupRefusedError } from '../store/verifyAttachedBackup';
import type { WorkbenchContext } from './WorkbenchContext';
import { backupInfos, requireBackup, toBackupInfo } from './backupInfo';

const notInRecovery = () =>
  new FactdeskError(
    'conflict',
    'The database is open, so there is nothing to recover. To go back to a backup, restore it from Preferences.',
  );

export function trustHandlers(ctx: WorkbenchContext): Pick<Handlers, keyof typeof trustMethods> {
  const now = () => new Date(ctx.now());
  return {
    'backups.list': () => backupInfos(ctx.dataDir),
    'backups.create': async () =>
      toBackupInfo(await backupDatabase(ctx.store.db, backupsFolder(ctx.dataDir), { now: now() })),
    'backups.restore': async ({ name }) => {
      const backup = requireBackup(ctx.dataDir, name);
      try {
        const { previousCopy } = await restoreDatabaseInPlace(
          ctx.store.db,
          ctx.dbPath,
          backup.path,
          { now: now() },
        );
        ctx.store.transaction(() =>
          ctx.audit('database', 0, 'restore', null, { backup: backup.name, previousCopy }),
        );
        return { restored: toBackupInfo(backup), previousCopy };
      } catch (error) {
        if (error instanceof BackupRefusedError) throw new FactdeskError('storage', error.message);
        throw error;
      }
    },
    'recovery.status': () => ({
      mode: 'normal',
      reason: null,
      message: 'The database is open.',
      dbPath: ctx.dbPath,
      movedAside: [],
      backups: backupInfos(ctx.dataDir),
    }),
    'recovery.restore': () => {
      throw notInRecovery();
    },
    'recovery.startFresh': () => {
      throw notInRecovery();
    },
    'recovery.retry': () => {
      throw notInRecovery();
    },
  };
}
