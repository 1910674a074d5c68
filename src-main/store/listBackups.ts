import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_FILE_NAME } from './backupNames';

export interface BackupFile {
  name: string;
  path: string;
  size: number;
  /** When the backup was made: the UTC time in its name, else the file's modification time. */
  createdAt: string;
}

/** Backups live in their own folder beside the database, inside the data folder. */
export function backupsFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** The stamp, then the same-second attempt number, so "-2" sorts after its first sibling. */
function orderKey(name: string): [string, number] {
  const match = /^factdesk-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$/.exec(name);
  return [match?.[1] ?? '', Number(match?.[2] ?? 1)];
}

function stampTime(name: string): string | null {
  const m = /^factdesk-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(name);
  if (!m) return null;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The finished backups in a folder, newest first; temporary and foreign files are ignored. */
export function listBackups(backupsDir: string): BackupFile[] {
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir)
    .filter((name) => BACKUP_FILE_NAME.test(name))
    .map((name) => {
      const path = join(backupsDir, name);
      const stat = statSync(path);
      return {
        name,
        path,
        size: stat.size,
        createdAt: stampTime(name) ?? stat.mtime.toISOString(),
      };
    })
    .sort((a, b) => {
      const [stampA, attemptA] = orderKey(a.name);
      const [stampB, attemptB] = orderKey(b.name);
      return stampA === stampB ? attemptB - attemptA : stampA < stampB ? 1 : -1;
    });
}
