import type { BackupInfo } from '../contract/trustMethods';
import { notFound } from '../contract/errors';
import type { BackupFile } from '../store/listBackups';
import { backupsFolder, listBackups } from '../store/listBackups';

export function toBackupInfo(file: BackupFile): BackupInfo {
  return { name: file.name, path: file.path, size: file.size, createdAt: file.createdAt };
}

export function backupInfos(dataDir: string): BackupInfo[] {
  return listBackups(backupsFolder(dataDir)).map(toBackupInfo);
}

/** Only a name that the backups folder lists, so no path can reach outside it. */
export function requireBackup(dataDir: string, name: string): BackupFile {
  const backup = listBackups(backupsFolder(dataDir)).find((b) => b.name === name);
  if (!backup) throw notFound('Backup', name);
  return backup;
}
