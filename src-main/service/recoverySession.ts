import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Dispatch } from '../contract/dispatch';
import { createDispatcher } from '../contract/dispatch';
import { outputChecksWanted } from './outputChecksWanted';
import { FactdeskError } from '../contract/errors';
import type { RecoveryReason, RecoveryStatus } from '../contract/trustMethods';
import { DatabaseRefusedError } from '../store/DatabaseRefusedError';
import { moveAside } from '../store/moveAside';
import { restoreDatabaseFile } from '../store/restoreDatabase';
import { BackupRefusedError } from '../store/verifyAttachedBackup';
import { backupInfos, requireBackup } from './backupInfo';
import type { OpenedWorkbench, OpenWorkbenchOptions } from './openWorkbench';
import { openWorkbench } from './openWorkbench';
import { recoveryHandlers } from './recoveryHandlers';
import { withStorageErrors } from './withStorageErrors';
import { errorMessage } from '../core/errorMessage';

export interface WorkbenchSessionOptions extends OpenWorkbenchOptions {
  /** Runs each time a database is opened (at start, or once recovered): seeding, a backup. */
  onOpen?: (workbench: OpenedWorkbench) => Promise<void> | void;
}

export interface WorkbenchSession {
  dispatch: Dispatch;
  dbPath: string;
  dataDir: string;
  /** The open workbench, or undefined in recovery mode. */
  workbench(): OpenedWorkbench | undefined;
  status(): RecoveryStatus;
  close(): void;
}

type State =
  | { mode: 'normal'; workbench: OpenedWorkbench; dispatch: Dispatch }
  | { mode: 'recovery'; reason: RecoveryReason; message: string; movedAside: string[] };

const headlines: Record<RecoveryReason, string> = {
  damaged: 'Factdesk’s database is damaged, so it was not opened.',
  not_sqlite: 'Factdesk’s database file is not a database, so it was not opened.',
  newer_version:
    'Factdesk’s database was written by a newer version of Factdesk. Update Factdesk to open it, or restore an older backup.',
  unreadable: 'Factdesk could not open its database.',
};

function describeRefusal(reason: RecoveryReason, detail: string, movedAside: string[]): string {
  const where = movedAside[0]
    ? ` It was moved aside, unchanged, to ${movedAside[0]}.`
    : ' It was left where it is, unchanged.';
  // Only the refusal's first sentence: its advice ("left untouched") no longer applies here.
  const finding = /^.*?\.(?=\s|$)/.exec(detail)?.[0] ?? detail;
  return `${headlines[reason]}${where} Details: ${finding}`;
}

/**
 * Opens the workbench the way every long-running shell needs it: a database that is refused
 * (damaged, not SQLite, a -wal from another database) is moved aside untouched, and the session
 * starts in recovery mode instead of crashing. From there a backup can be restored, or an empty
 * database started, and the same dispatch then serves the opened workbench.
 */
export async function openWorkbenchSession(
  options: WorkbenchSessionOptions,
): Promise<WorkbenchSession> {
  const dbPath = resolve(options.dbPath);
  const dataDir = dirname(dbPath);
  const now = () => options.clock?.() ?? new Date();
  let restoring = false;

  const open = async (): Promise<State> => {
    const workbench = openWorkbench({ ...options, dbPath });
    try {
      await options.onOpen?.(workbench);
    } catch (error) {
      workbench.close();
      throw error;
    }
    return {
      mode: 'normal',
      workbench,
      dispatch: workbench.dispatch,
    };
  };

  const refused = (error: unknown): State => {
    if (error instanceof DatabaseRefusedError) {
      // A newer version's file is not damaged: it stays in place for the updated app to open.
      const movedAside =
        error.reason === 'newer_version' ? [] : moveAside(dbPath, 'damaged', now());
      return {
        mode: 'recovery',
        reason: error.reason,
        message: describeRefusal(error.reason, error.message, movedAside),
        movedAside,
      };
    }
    const detail = errorMessage(error);
    return {
      mode: 'recovery',
      reason: 'unreadable',
      message: describeRefusal('unreadable', detail, []),
      movedAside: [],
    };
  };

  let state: State;
  try {
    state = await open();
  } catch (error) {
    state = refused(error);
  }

  const status = (): RecoveryStatus =>
    state.mode === 'normal'
      ? {
          mode: 'normal',
          reason: null,
          message: 'The database is open.',
          dbPath,
          movedAside: [],
          backups: backupInfos(dataDir),
        }
      : {
          mode: 'recovery',
          reason: state.reason,
          message: state.message,
          dbPath,
          movedAside: state.movedAside,
          backups: backupInfos(dataDir),
        };

  /** Whatever still sits at dbPath (a newer version's file) is moved aside, never replaced. */
  const clearTheWay = (): string[] => {
    if (state.mode !== 'recovery') throw new FactdeskError('conflict', 'The database is open.');
    const moved = existsSync(dbPath) ? moveAside(dbPath, 'set-aside', now()) : [];
    state.movedAside = [...moved, ...state.movedAside];
    return moved;
  };

  const reopen = async (): Promise<void> => {
    try {
      state = await open();
    } catch (error) {
      const detail = errorMessage(error);
      throw new FactdeskError('storage', `The database could not be opened: ${detail}`);
    }
  };

  const handlers = recoveryHandlers(dataDir, {
    status,
    async restore(name) {
      const backup = requireBackup(dataDir, name);
      clearTheWay();
      try {
        await restoreDatabaseFile(dbPath, backup.path, { nativeBinding: options.nativeBinding });
      } catch (error) {
        if (error instanceof BackupRefusedError) throw new FactdeskError('storage', error.message);
        throw error;
      }
      const previousCopy = state.mode === 'recovery' ? (state.movedAside[0] ?? null) : null;
      await reopen();
      return { status: status(), previousCopy };
    },
    async startFresh() {
      clearTheWay();
      await reopen();
      return status();
    },
  });
  const recoveryDispatch = createDispatcher(withStorageErrors(handlers), {
    checkOutputs: options.checkOutputs ?? outputChecksWanted(),
  });

  const dispatch: Dispatch = async (method, input) => {
    if (restoring && method !== 'recovery.status') {
      return {
        ok: false,
        error: { code: 'storage', message: 'A backup is being restored. Try again in a moment.' },
      };
    }
    const restores =
      method === 'backups.restore' ||
      method === 'recovery.restore' ||
      method === 'recovery.startFresh';
    if (restores) restoring = true;
    try {
      return state.mode === 'normal'
        ? await state.dispatch(method, input)
        : await recoveryDispatch(method, input);
    } finally {
      if (restores) restoring = false;
    }
  };

  return {
    dispatch,
    dbPath,
    dataDir,
    workbench: () => (state.mode === 'normal' ? state.workbench : undefined),
    status,
    close() {
      if (state.mode === 'normal') state.workbench.close();
    },
  };
}
