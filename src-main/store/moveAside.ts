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

/**
 * Renames a -wal that belongs to another database (and its -shm) to `<name>.foreign-wal-<stamp>`,
 * a name SQLite never pairs with the database, so it can no longer be replayed into it. Returns
 * the new paths. The bytes are not changed.
 */
export function setAsideWal(dbPath: string, now: Date = new Date()): string[] {
  let target = `${dbPath}.foreign-wal-${fileStamp(now)}`;
  for (let attempt = 2; existsSync(target); attempt++) {
    target = `${dbPath}.foreign-wal-${fileStamp(now)}-${attempt}`;
  }
  const moved: string[] = [];
  for (const [suffix, to] of [
    ['-wal', target],
    ['-shm', `${target}-shm`],
  ] as const) {
    if (!existsSync(`${dbPath}${suffix}`)) continue;
    renameSync(`${dbPath}${suffix}`, to);
    moved.push(to);
  }
  fsyncFolder(dirname(dbPath));
  return moved;
}
