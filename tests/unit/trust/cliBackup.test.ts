import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/runCli';
import { makeTempDir } from '../../helpers/tempWorkbench';
import { makeDatabase, quotesIn } from './trustFixtures';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = makeTempDir('factdesk-cli-backup-');
  dbPath = join(dir, 'factdesk.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function factdesk(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['--db', dbPath, ...args], {
    io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    appVersion: 'test',
  });
  return { code, stdout, stderr };
}

describe('factdesk backup and factdesk restore FILE', () => {
  it('backs up, then restores that file, keeping the replaced database aside', async () => {
    await makeDatabase(dbPath, ['ferry ridership fell by 40 per cent']);
    const backup = await factdesk('backup');
    expect(backup.code).toBe(0);
    const backupPath = backup.stdout.trim();
    expect(backupPath).toMatch(/backups\/factdesk-\d{8}-\d{6}\.sqlite$/);
    expect(quotesIn(backupPath)).toEqual(['ferry ridership fell by 40 per cent']);

    expect(
      (await factdesk('claim', 'add', '1', '--quote', 'The harbour master disagreed')).code,
    ).toBe(0);
    expect(quotesIn(dbPath)).toHaveLength(2);

    const restore = await factdesk('restore', backupPath);
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(restore.stdout).toMatch(
      /^Restored .* into .*\nThe previous database is at .*before-restore-/,
    );
    expect(quotesIn(dbPath)).toEqual(['ferry ridership fell by 40 per cent']);
    const previous = /The previous database is at (.*)\.$/m.exec(restore.stdout)?.[1] ?? '';
    expect(quotesIn(previous)).toHaveLength(2);
  });

  it('refuses a file that is not an intact Factdesk database, and changes nothing', async () => {
    await makeDatabase(dbPath, ['ferry ridership fell by 40 per cent']);
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database at all'.repeat(100));
    const restore = await factdesk('restore', junk);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/junk\.sqlite cannot be opened as a database|is not a Factdesk/);
    expect(quotesIn(dbPath)).toEqual(['ferry ridership fell by 40 per cent']);
    expect((await factdesk('restore', join(dir, 'missing.sqlite'))).stderr).toMatch(
      /does not exist/,
    );
    expect(existsSync(join(dir, 'missing.sqlite'))).toBe(false);
    expect((await factdesk('restore')).code).toBe(2);
  });
});
