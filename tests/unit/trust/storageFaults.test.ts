import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost } from '../../helpers/hostProcess';
import { buildCli, factdesk, repoRoot } from '../../helpers/runFactdesk';
import { makeTempDir } from '../../helpers/tempWorkbench';

let dir: string;
beforeAll(() => {
  buildCli();
  dir = makeTempDir('factdesk-storage-faults-');
  chmodSync(dir, 0o755);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const isRoot = process.getuid?.() === 0;

/** Mounts a 2 MB tmpfs, or says why it cannot. */
function mountSmallDisk(at: string): string | null {
  if (!isRoot) return 'not running as root';
  mkdirSync(at, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', at], {
    encoding: 'utf8',
  });
  return mounted.status === 0 ? null : `mount failed: ${mounted.stderr.trim()}`;
}

const article = (n: number, size: number) =>
  `Article ${n}\n\n${`Paragraph ${n} says the ferry carried passengers. `.repeat(Math.ceil(size / 48))}`;

describe('a full disk, through real processes', () => {
  const disk = () => join(dir, 'small-disk');
  let skipped: string | null = null;
  beforeAll(() => {
    skipped = mountSmallDisk(disk());
    if (skipped) console.log(`full-disk test skipped: ${skipped}`);
  });
  afterAll(() => {
    if (!skipped) spawnSync('umount', ['-l', disk()]);
  });

  it('says "the disk is full" with the free space, never "damaged"; nothing acknowledged is lost', async (context) => {
    if (skipped) return context.skip();
    const db = join(disk(), 'factdesk.sqlite');
    // Something the checker can delete later to free space.
    const filler = join(disk(), 'old-downloads.bin');
    writeFileSync(filler, Buffer.alloc(900 * 1024));
    const acknowledged: number[] = [];
    let refusal = '';
    for (let n = 0; n < 20 && !refusal; n++) {
      const file = join(dir, `article-${n}.txt`);
      writeFileSync(file, article(n, 150_000));
      const result = factdesk(['--db', db, '--json', 'import', file]);
      if (result.code === 0) acknowledged.push((JSON.parse(result.stdout) as { id: number }).id);
      else refusal = result.stderr;
    }
    console.log(`full disk: ${acknowledged.length} imports acknowledged before the disk filled`);
    expect(acknowledged.length).toBeGreaterThanOrEqual(1);
    expect(refusal).toMatch(
      /The disk is full \((only \d+ KB is free|no space is free) on the drive that holds /,
    );
    expect(refusal).toMatch(/Free some space/);
    expect(refusal).not.toMatch(/damaged/i);

    // The app's host starts on the full disk and stays up; the database is never called damaged
    // or moved aside. Opening needs a little space, so it may wait in recovery, saying why.
    const host = await startHost(['--db', db]);
    try {
      const status = (await host.call('recovery.status')).value as {
        mode: string;
        reason: string | null;
        message: string;
        movedAside: string[];
      };
      expect(status.movedAside).toEqual([]);
      if (status.mode === 'recovery') {
        expect(status.reason).toBe('disk_full');
        expect(status.message).toMatch(/The disk is full: (only \d+ KB is free|no space is free)/);
      }
      expect(status.message).not.toMatch(/damaged/i);
      expect(readdirSync(disk()).filter((name) => name.includes('damaged'))).toEqual([]);

      // The checker frees space and tries again: everything acknowledged is there.
      rmSync(filler);
      if (status.mode === 'recovery') {
        expect((await host.call('recovery.retry')).value).toMatchObject({ mode: 'normal' });
      }
      const listed = (await host.call('articles.list')).value as { id: number }[];
      expect(listed.map((a) => a.id).sort((a, b) => a - b)).toEqual(acknowledged);
      expect(host.output()).not.toMatch(/damaged/i);
    } finally {
      await host.stop();
    }
    const small = join(dir, 'small.txt');
    writeFileSync(small, 'A short article after the disk was freed.');
    expect(factdesk(['--db', db, 'import', small]).code).toBe(0);
  }, 120_000);
});

describe('a read-only data folder, as an unprivileged user', () => {
  const asNobody = ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'];
  const canDropPrivileges =
    isRoot && spawnSync(asNobody[0] ?? '', [...asNobody.slice(1), 'true']).status === 0;
  if (!canDropPrivileges)
    console.log('read-only test skipped: cannot run as nobody (needs root and setpriv)');

  it.skipIf(!canDropPrivileges)(
    'is reported as read-only by the CLI and the host, which keeps running; nothing is moved or changed',
    async () => {
      const folder = join(dir, 'read-only');
      mkdirSync(folder, { mode: 0o755 });
      const db = join(folder, 'factdesk.sqlite');
      const file = join(dir, 'article.txt');
      writeFileSync(file, article(1, 2000));
      expect(factdesk(['--db', db, 'import', file]).code).toBe(0);
      const digest = () =>
        Object.fromEntries(
          readdirSync(folder).map((name) => [
            name,
            createHash('sha256')
              .update(readFileSync(join(folder, name)))
              .digest('hex'),
          ]),
        );
      const before = digest();

      const cli = spawnSync(
        asNobody[0] ?? '',
        [
          ...asNobody.slice(1),
          process.execPath,
          join(repoRoot, 'bin/factdesk.mjs'),
          '--db',
          db,
          'articles',
        ],
        { encoding: 'utf8', env: { ...process.env, FACTDESK_DB: '', HOME: dir } },
      );
      expect(cli.status).toBe(1);
      expect(cli.stderr).toMatch(/data folder .* is read-only/);
      expect(cli.stderr).not.toMatch(/damaged/i);

      const host = await startHost(['--db', db], {
        command: [asNobody[0] ?? '', ...asNobody.slice(1), process.execPath],
        spawn: { env: { ...process.env, FACTDESK_DB: '', HOME: dir } },
      });
      try {
        const status = await host.call('recovery.status');
        expect(status.value).toMatchObject({
          mode: 'recovery',
          reason: 'read_only',
          movedAside: [],
          message: expect.stringMatching(/read-only/),
        });
        expect(host.child.exitCode).toBeNull();
        expect(host.output()).not.toMatch(/damaged/i);
      } finally {
        await host.stop();
      }
      expect(digest()).toEqual(before);
      expect(existsSync(`${db}.damaged`)).toBe(false);
    },
    120_000,
  );
});
