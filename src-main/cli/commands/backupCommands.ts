import { resolve } from 'node:path';
import { FactdeskError } from '../../contract/errors';
import { openDatabase } from '../../store/openDatabase';
import { restoreDatabaseInPlace } from '../../store/restoreDatabase';
import { BackupRefusedError } from '../../store/verifyAttachedBackup';
import { UsageError } from '../CliContext';
import type { Command } from '../Command';

export const backupCommand: Command = {
  path: ['backup'],
  usage: 'backup',
  summary: 'Back up the database now into the backups folder and print the backup’s path.',
  options: {},
  async run(ctx) {
    const backup = await ctx.call('backups.create', {});
    ctx.print(backup, () => backup.path);
  },
};

export const restoreCommand: Command = {
  path: ['restore'],
  usage: 'restore FILE',
  summary:
    'Replace the database with a backup file after checking it; the current database is kept beside it.',
  options: {},
  async run(ctx, positionals) {
    const file = positionals[0];
    if (!file) throw new UsageError('missing FILE: the backup to restore');
    const { dbPath } = await ctx.call('app.info', {});
    // A second connection does the restore, so any path can be named here without the
    // contract (and so the renderer) ever accepting a file path.
    const db = openDatabase(dbPath);
    try {
      const { previousCopy } = await restoreDatabaseInPlace(db, dbPath, resolve(file));
      ctx.print({ restored: resolve(file), dbPath, previousCopy }, () =>
        [
          `Restored ${resolve(file)} into ${dbPath}.`,
          `The previous database is at ${previousCopy}.`,
        ].join('\n'),
      );
    } catch (error) {
      if (error instanceof BackupRefusedError) throw new FactdeskError('storage', error.message);
      throw error;
    } finally {
      db.close();
    }
  },
};
