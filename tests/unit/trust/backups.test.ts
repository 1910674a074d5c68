import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src-main/contract/dispatch';
import type { OpenedWorkbench } from '../../../src-main/service/openWorkbench';
import { backupDatabase } from '../../../src-main/store/backupDatabase';
import { countRows } from '../../../src-main/store/countRows';
import { makeTempDir } from '../../helpers/tempWorkbench';
import { addClaim, backupsDirOf, openAt, quotesIn } from './trustFixtures';

let dir: string;
let workbench: OpenedWorkbench;
beforeEach(() => {
  dir = makeTempDir('factdesk-backups-');
  workbench = openAt(join(dir, 'factdesk.sqlite'));
});
afterEach(() => {
  workbench.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backups', () => {
  it('writes a finished, self-contained, intact copy named by its UTC time, and lists it', async () => {
    await addClaim(workbench, 'ferry ridership fell by 40 per cent');
    const backup = await workbench.handlers['backups.create']({});
    expect(backup.name).toBe('factdesk-20260304-100000.sqlite');
    expect(backup.path).toBe(join(backupsDirOf(dir), backup.name));
    expect(readdirSync(backupsDirOf(dir))).toEqual([backup.name]);
    // Byte 18 is 1 for a rollback-journal file: opening the backup needs no -wal beside it.
    expect(readFileSync(backup.path)[18]).toBe(1);
    expect(quotesIn(backup.path)).toEqual(['ferry ridership fell by 40 per cent']);
    expect(readdirSync(backupsDirOf(dir))).toEqual([backup.name]);
    expect(await workbench.handlers['backups.list']({})).toEqual([backup]);
  });

  it('keeps only the newest N, and never overwrites one made in the same second', async () => {
    const folder = backupsDirOf(dir);
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 4, 10, minute));
    for (let minute = 0; minute < 5; minute++) {
      await backupDatabase(workbench.store.db, folder, { now: at(minute), keep: 3 });
    }
    const twin = await backupDatabase(workbench.store.db, folder, { now: at(4), keep: 3 });
    expect(twin.name).toBe('factdesk-20260304-1004' + '00-2.sqlite');
    expect((await workbench.handlers['backups.list']({})).map((b) => b.name)).toEqual([
      'factdesk-20260304-100400-2.sqlite',
      'factdesk-20260304-100400.sqlite',
      'factdesk-20260304-100300.sqlite',
    ]);
  });

  it('restores a backup while the workbench stays open, keeping the replaced database aside', async () => {
    const kept = await addClaim(workbench, 'ferry ridership fell by 40 per cent');
    const backup = await workbench.handlers['backups.create']({});
    const lost = await addClaim(workbench, 'The harbour master disagreed');

    const result = await workbench.handlers['backups.restore']({ name: backup.name });

    expect(result.restored.name).toBe(backup.name);
    expect(result.previousCopy).toBe(`${workbench.dbPath}.before-restore-20260304-100000`);
    expect(quotesIn(result.previousCopy ?? '')).toEqual([kept.exact, lost.exact]);
    // The same open connection now sees the backup, and keeps working.
    const dispatch = createDispatcher(workbench.handlers);
    expect(await dispatch('claims.get', { id: kept.id })).toMatchObject({
      ok: true,
      value: { exact: kept.exact },
    });
    expect(await dispatch('claims.get', { id: lost.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const after = await addClaim(workbench, 'Council minutes show 1.2 million trips');
    expect(quotesIn(workbench.dbPath)).toEqual([kept.exact, after.exact]);
    expect(workbench.store.audit.forEntity('database', 0).map((e) => e.action)).toEqual([
      'restore',
    ]);
  });

  it('refuses a damaged backup before anything changes', async () => {
    await addClaim(workbench, 'ferry ridership fell by 40 per cent');
    await workbench.handlers['backups.create']({});
    const damaged = join(backupsDirOf(dir), 'factdesk-20260305-090000.sqlite');
    const good = readFileSync((await workbench.handlers['backups.list']({}))[0]?.path ?? '');
    // A real database whose pages past the header are overwritten with garbage.
    const bytes = Buffer.from(good);
    bytes.fill(0x5a, 4096 * 2);
    writeFileSync(damaged, bytes);
    const before = countRows(workbench.store.db);

    const dispatch = createDispatcher(workbench.handlers);
    const answer = await dispatch('backups.restore', { name: 'factdesk-20260305-090000.sqlite' });

    expect(answer).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(JSON.stringify(answer)).toMatch(/damaged|cannot be (read|opened)/);
    expect(countRows(workbench.store.db)).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.includes('before-restore'))).toEqual([]);
    expect(readFileSync(damaged)).toEqual(bytes);
  });

  it('accepts only names that the backups folder lists', async () => {
    const dispatch = createDispatcher(workbench.handlers);
    expect(
      await dispatch('backups.restore', { name: 'factdesk-20990101-000000.sqlite' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    for (const name of ['../factdesk.sqlite', '/etc/passwd', 'backups/../../x.sqlite', '']) {
      expect(await dispatch('backups.restore', { name })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(existsSync(backupsDirOf(dir))).toBe(false);
  });
});
