import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Dispatch } from '../contract/dispatch';
import { createDispatcher } from '../contract/dispatch';
import { outputChecksWanted } from './outputChecksWanted';
import { FactdeskError } from '../contract/errors';
import type { RecoveryReason, RecoveryStatus } from '../contract/trustMethods';
import { DatabaseRefusedError } from '../store/DatabaseRefusedError';
import { moveAside, setAsideWal } from '../store/moveAside';
import { openFailureRefusal } from '../store/openFailureRefusal';
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

/** A note about how the database was opened, shown while it is open (a -wal set aside). */
interface OpenNotice {
  message: string;
  movedAside: string[];
}

type State =
  | { mode: 'normal'; workbench: OpenedWorkbench; dispatch: Dispatch; notice?: OpenNotice }
  | { mode: 'recovery'; reason: RecoveryReason; message: string; movedAside: string[] };

const headlines: Record<RecoveryReason, string> = {
  damaged: 'Factdesk’s database is damaged, so it was not opened.',
  not_sqlite: 'Factdesk’s database file is not a database, so it was not opened.',
  newer_version:
    'Factdesk’s database was written by a newer version of Factdesk. Update Factdesk to open it, or restore an older backup.',
  foreign_wal: 'A -wal file from another database lies beside Factdesk’s database.',
  read_only: 'Factdesk’s data folder is read-only, so the database was not opened.',
  disk_full: 'The disk is full, so Factdesk could not open its database.',
  unreadable: 'Factdesk could not open its database.',
};

/** Refusals that are findings about the file itself; only these files are moved aside. */
const movedAsideReasons = new Set<RecoveryReason>(['damaged', 'not_sqlite']);

function firstSentence(detail: string): string {
  const end = detail.search(/\.(\s|$)/);
  return end < 0 ? detail : detail.slice(0, end + 1);
}

function describeRefusal(reason: RecoveryReason, detail: string, movedAside: string[]): string {
  if (!movedAsideReasons.has(reason)) {
    // These refusals carry their own advice (free space, permissions, what to do), all of it true.
    return `${headlines[reason]} ${detail}`;
  }
  const where = movedAside[0]
    ? ` It was moved aside, unchanged, to ${movedAside[0]}.`
    : ' It was left where it is, unchanged.';
  // Only the refusal's first sentence: its advice ("left untouched") no longer applies here.
  return `${headlines[reason]}${where} Details: ${firstSentence(detail)}`;
}

/**
 * Opens the workbench the way every long-running shell needs it, and never crashes on a refused
 * database: a file SQLite calls damaged (or that is no database) is moved aside untouched; a
 * -wal from another database is set aside and the database opened without it; a full disk, a
 * read-only folder or a newer version's file leave everything in place. The session then starts
 * in recovery mode, from which it can retry, restore a backup or start fresh; the same dispatch
 * then serves the opened workbench.
 */
export async function openWorkbenchSession(
  options: WorkbenchSessionOptions,
): Promise<WorkbenchSession> {
  const dbPath = resolve(options.dbPath);
  const dataDir = dirname(dbPath);
  const now = () => options.clock?.() ?? new Date();
  let restoring = false;

  /**
   * Opens the database. A -wal that belongs to another database is set aside (renamed, not
   * changed) and the database, which is sound on its own, is opened without it.
   */
  const openOnce = (): { workbench: OpenedWorkbench; notice?: OpenNotice } => {
    try {
      return { workbench: openWorkbench({ ...options, dbPath }) };
    } catch (error) {
      if (!(error instanceof DatabaseRefusedError) || error.reason !== 'foreign_wal') throw error;
      const movedAside = setAsideWal(dbPath, now());
      const workbench = openWorkbench({ ...options, dbPath });
      return {
        workbench,
        notice: {
          message:
            `The database is open. ${firstSentence(error.message)} ` +
            `That -wal was set aside, unchanged, to ${movedAside[0] ?? 'a file beside it'}, and the database was opened without it.`,
          movedAside,
        },
      };
    }
  };

  const open = async (): Promise<State> => {
    const { workbench, notice } = openOnce();
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
      notice,
    };
  };

  /** Moves a damaged file aside; where even that fails (a read-only folder), it stays put. */
  const moveDamagedAside = (): { movedAside: string[]; problem: string } => {
    try {
      return { movedAside: moveAside(dbPath, 'damaged', now()), problem: '' };
    } catch (error) {
      const why = errorMessage(error);
      return { movedAside: [], problem: ` It could not be moved aside (${why}).` };
    }
  };

  const refused = (thrown: unknown): State => {
    // A full disk or a read-only folder met after opening (seeding, start-up writes) is named too.
    const error = openFailureRefusal(thrown, dbPath) ?? thrown;
    if (error instanceof DatabaseRefusedError) {
      // Only a file SQLite calls damaged, or that is no database, is moved aside; a newer
      // version's file, a full disk or a read-only folder leave a healthy file where it is.
      const { movedAside, problem } = movedAsideReasons.has(error.reason)
        ? moveDamagedAside()
        : { movedAside: [], problem: '' };
      return {
        mode: 'recovery',
        reason: error.reason,
        message: describeRefusal(error.reason, error.message, movedAside) + problem,
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
          message: state.notice?.message ?? 'The database is open.',
          dbPath,
          movedAside: state.notice?.movedAside ?? [],
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
    async retry() {
      if (state.mode !== 'recovery') throw new FactdeskError('conflict', 'The database is open.');
      try {
        state = await open();
      } catch (error) {
        state = refused(error);
      }
      return status();
    },
  });
  const recoveryDispatch = createDispatcher(withStorageErrors(handlers, dataDir), {
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
      method === 'recovery.startFresh' ||
      method === 'recovery.retry';
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
