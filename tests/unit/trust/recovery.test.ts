import {
  copyFileSync,
  existsSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/runCli';
import type { WorkbenchSession } from '../../../src-main/service/recoverySession';
import { openWorkbenchSession } from '../../../src-main/service/recoverySession';
import { backupDatabase } from '../../../src-main/store/backupDatabase';
import { makeTempDir } from '../../helpers/tempWorkbench';
import {
  addClaim,
  backupsDirOf,
  makeDatabase,
  openAt,
  quotesIn,
  snapshotFiles,
} from './trustFixtures';

let dir: string;
let dbPath: string;
let session: WorkbenchSession | undefined;
beforeEach(() => {
  dir = makeTempDir('factdesk-recovery-');
  dbPath = join(dir, 'factdesk.sqlite');
});
afterEach(() => {
  session?.close();
  session = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const open = async (onOpen?: () => void) => {
  session = await openWorkbenchSession({
    dbPath,
    shell: 'test',
    appVersion: '0.0.0-test',
    clock: () => new Date('2026-03-04T10:00:00.000Z'),
    onOpen,
  });
  return session;
};

/** A backup of a good database, in the data folder's backups folder. */
async function makeBackup(quotes: string[]): Promise<string> {
  const source = join(dir, 'source.sqlite');
  await makeDatabase(source, quotes);
  const workbench = openAt(source);
  const backup = await backupDatabase(workbench.store.db, backupsDirOf(dir), {
    now: new Date('2026-03-03T08:00:00.000Z'),
  });
  workbench.close();
  rmSync(source);
  return backup.name;
}

/** Another database's -wal, copied while that database was open with uncheckpointed writes. */
async function foreignWal(): Promise<Buffer> {
  const other = join(dir, 'other', 'factdesk.sqlite');
  const workbench = openAt(other);
  workbench.store.db.pragma('wal_autocheckpoint = 0');
  await addClaim(workbench, 'The harbour master disagreed');
  await addClaim(workbench, 'Council minutes show 1.2 million trips');
  const wal = readFileSync(`${other}-wal`);
  workbench.close();
  return wal;
}

const damages: [string, () => Promise<void>][] = [
  [
    'garbage',
    async () => writeFileSync(dbPath, Buffer.from('not a database, just text\n'.repeat(200))),
  ],
  ['zero bytes', async () => writeFileSync(dbPath, '')],
  [
    'a truncated file',
    async () => {
      await makeDatabase(dbPath, ['ferry ridership fell by 40 per cent']);
      truncateSync(dbPath, 4096 * 3);
    },
  ],
];

const withForeignWal = async () => {
  await makeDatabase(dbPath, ['ferry ridership fell by 40 per cent']);
  writeFileSync(`${dbPath}-wal`, await foreignWal());
};

describe('a damaged database at start-up', () => {
  it.each(damages)(
    '%s: moved aside untouched, recovery mode, then a backup restored',
    async (_, damage) => {
      const backupName = await makeBackup(['The mayor said ferry ridership fell']);
      await damage();
      const before = snapshotFiles(dbPath);

      const opened = await open();

      const status = opened.status();
      expect(status).toMatchObject({ mode: 'recovery', dbPath });
      expect(status.message).toMatch(/moved aside, unchanged/);
      expect(status.backups.map((b) => b.name)).toEqual([backupName]);
      expect(existsSync(dbPath)).toBe(false);
      const aside = status.movedAside.find(
        (path) => !path.endsWith('-wal') && !path.endsWith('-shm'),
      );
      expect(aside).toMatch(/factdesk\.sqlite\.damaged-20260304-100000$/);
      expect(readFileSync(aside ?? '')).toEqual(before['']);
      if (before['-wal']) expect(readFileSync(`${aside}-wal`)).toEqual(before['-wal']);

      expect(await opened.dispatch('claims.list', { articleId: 1 })).toMatchObject({
        ok: false,
        error: { code: 'storage', message: expect.stringMatching(/^No database is open/) },
      });
      expect(await opened.dispatch('backups.create', {})).toMatchObject({
        ok: false,
        error: { code: 'storage' },
      });

      const restored = await opened.dispatch('recovery.restore', { name: backupName });
      expect(restored).toMatchObject({ ok: true, value: { mode: 'normal' } });
      expect(await opened.dispatch('articles.list', {})).toMatchObject({ ok: true });
      expect(quotesIn(dbPath)).toEqual(['The mayor said ferry ridership fell']);
      expect(readFileSync(aside ?? '')).toEqual(before['']);
    },
  );

  it('starts fresh with an empty database when asked, running the shell’s start-up work', async () => {
    writeFileSync(dbPath, 'garbage');
    let opens = 0;
    const opened = await open(() => {
      opens++;
    });
    expect(opens).toBe(0);
    const answer = await opened.dispatch('recovery.startFresh', {});
    expect(answer).toMatchObject({ ok: true, value: { mode: 'normal', reason: null } });
    expect(opens).toBe(1);
    expect(await opened.dispatch('articles.list', {})).toEqual({ ok: true, value: [] });
    expect(await opened.dispatch('recovery.startFresh', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('leaves a newer version’s database in place, and sets it aside only when asked', async () => {
    await makeDatabase(dbPath, ['ferry ridership fell by 40 per cent']);
    const raw = openAt(join(dir, 'unused.sqlite'));
    raw.close();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(dbPath);
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(dbPath);

    const opened = await open();
    expect(opened.status()).toMatchObject({
      mode: 'recovery',
      reason: 'newer_version',
      movedAside: [],
    });
    expect(readFileSync(dbPath)).toEqual(before);

    const fresh = await opened.dispatch('recovery.startFresh', {});
    expect(fresh).toMatchObject({ ok: true });
    expect(readFileSync(`${dbPath}.set-aside-20260304-100000`)).toEqual(before);
  });

  it('a -wal from another database is set aside unchanged and the sound database opened without it', async () => {
    await withForeignWal();
    const before = snapshotFiles(dbPath);

    const opened = await open();

    const status = opened.status();
    expect(status).toMatchObject({ mode: 'normal', reason: null });
    expect(status.message).toMatch(/belongs to another database.*set aside, unchanged/);
    expect(status.movedAside[0]).toMatch(/factdesk\.sqlite\.foreign-wal-20260304-100000$/);
    expect(readFileSync(status.movedAside[0] ?? '')).toEqual(before['-wal']);
    expect(quotesIn(dbPath)).toEqual(['ferry ridership fell by 40 per cent']);
    expect(await opened.dispatch('articles.list', {})).toMatchObject({ ok: true });
  });

  it('keeps a crash’s own -wal: its acknowledged changes are opened, not set aside', async () => {
    await makeDatabase(dbPath, ['ferry ridership fell by 40 per cent']);
    const writer = openAt(dbPath);
    writer.store.db.pragma('wal_autocheckpoint = 0');
    await addClaim(writer, 'The harbour master disagreed');
    // Copying the files while the writer is still open is what a power cut leaves behind.
    const crashed = join(dir, 'crashed');
    const crashedDb = join(crashed, 'factdesk.sqlite');
    await makeDatabase(join(crashed, 'scratch.sqlite'), []);
    copyFileSync(dbPath, crashedDb);
    copyFileSync(`${dbPath}-wal`, `${crashedDb}-wal`);
    writer.close();
    dbPath = crashedDb;

    const opened = await open();
    expect(opened.status().mode).toBe('normal');
    expect(quotesIn(dbPath)).toEqual([
      'ferry ridership fell by 40 per cent',
      'The harbour master disagreed',
    ]);
  });
});

describe('the CLI and a damaged database', () => {
  it.each([...damages, ['a -wal from another database', withForeignWal] as const])(
    '%s: refused with a clear message, files untouched',
    async (_, damage) => {
      await damage();
      const before = snapshotFiles(dbPath);
      let stderr = '';
      const code = await runCli(['--db', dbPath, 'articles'], {
        io: { stdout: () => undefined, stderr: (text) => (stderr += text) },
        appVersion: 'test',
      });
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /empty \(0 bytes\)|not a SQLite database|damaged|belongs to another database/,
      );
      // Opening a WAL-mode file read-only may add an empty -wal/-shm; the files themselves stay.
      const after = snapshotFiles(dbPath);
      expect(after['']).toEqual(before['']);
      if (before['-wal']) expect(after['-wal']).toEqual(before['-wal']);
    },
  );
});
