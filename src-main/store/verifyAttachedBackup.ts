import type { Database } from 'better-sqlite3';
import { checkIntegrity } from './checkIntegrity';
import { errorMessage } from '../core/errorMessage';
import { userVersion } from './userVersion';

/** A backup that must not be brought in; its message says why in plain words. */
export class BackupRefusedError extends Error {
  override readonly name = 'BackupRefusedError';
}

/** Refuses anything but an intact Factdesk database this version can read. */
export function verifyAttachedBackup(
  db: Database,
  schema: string,
  backupPath: string,
  latestVersion: number,
): void {
  let version: number;
  try {
    version = userVersion(db, schema);
  } catch (error) {
    const detail = errorMessage(error);
    throw new BackupRefusedError(`${backupPath} cannot be read as a database (${detail}).`);
  }
  if (version < 1) {
    throw new BackupRefusedError(`${backupPath} is not a Factdesk database.`);
  }
  if (version > latestVersion) {
    throw new BackupRefusedError(
      `${backupPath} was written by a newer version of Factdesk (schema ${version}; this version knows up to ${latestVersion}).`,
    );
  }
  const report = checkIntegrity(db, schema);
  if (!report.ok) {
    throw new BackupRefusedError(
      `${backupPath} is damaged (${report.problems.slice(0, 3).join('; ')}), so it was not restored.`,
    );
  }
}
