import { backupDatabase } from '../store/backupDatabase';
import type { BackupFile } from '../store/listBackups';
import { backupsFolder, listBackups } from '../store/listBackups';
import type { OpenedWorkbench } from './openWorkbench';

export const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** The start-up backup: made each time a database is opened, before anyone edits it. */
export function backupNow(workbench: OpenedWorkbench, now = new Date()): Promise<BackupFile> {
  return backupDatabase(workbench.store.db, backupsFolder(workbench.dataDir), { now });
}

/** Makes a backup when the newest one is older than maxAgeMs, or there is none. */
export async function backupIfDue(
  workbench: OpenedWorkbench | undefined,
  maxAgeMs = DAY_MS,
  now = new Date(),
): Promise<BackupFile | null> {
  if (!workbench) return null;
  const newest = listBackups(backupsFolder(workbench.dataDir))[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < maxAgeMs) return null;
  return backupNow(workbench, now);
}

/**
 * The daily backup. It checks every hour rather than sleeping a whole day, because a timer does
 * not count the hours a laptop spends asleep; the timer never keeps the process alive.
 */
export function startBackupSchedule(
  current: () => OpenedWorkbench | undefined,
  onError: (error: unknown) => void,
  checkEveryMs = HOUR_MS,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    backupIfDue(current())
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, checkEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
