import { existsSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileStamp } from './backupNames';
import { fsyncFolder } from './fsyncPath';

/**
 * Renames a database and its companions to `<name>.<label>-<stamp>` without changing a byte.
 * The -wal keeps SQLite's pairing (`<new name>-wal`), so the set can be opened together later.
 * Companions move first: a -wal left behind without its database must never be replayed into
 * a new file of the same name.
 */
export function moveAside(dbPath: string, label: string, now: Date = new Date()): string[] {
  let target = `${dbPath}.${label}-${fileStamp(now)}`;
  for (let attempt = 2; existsSync(target); attempt++) {
    target = `${dbPath}.${label}-${fileStamp(now)}-${attempt}`;
  }
  const moved: string[] = [];
  for (const suffix of ['-journal', '-wal', '-shm', '']) {
    if (!existsSync(`${dbPath}${suffix}`)) continue;
    renameSync(`${dbPath}${suffix}`, `${target}${suffix}`);
    moved.push(`${target}${suffix}`);
  }
  fsyncFolder(dirname(dbPath));
  return moved.reverse();
}
