import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkbenchSession } from '../../../src-main/service/recoverySession';
import { openWorkbenchSession } from '../../../src-main/service/recoverySession';
import { checkIntegrity } from '../../../src-main/store/checkIntegrity';
import { makeTempDir } from '../../helpers/tempWorkbench';
import { ARTICLE_TEXT, quotesIn } from './trustFixtures';

let dir: string;
let session: WorkbenchSession;
let articleId: number;
beforeEach(async () => {
  dir = makeTempDir('factdesk-storage-');
  session = await openWorkbenchSession({
    dbPath: join(dir, 'factdesk.sqlite'),
    shell: 'test',
    appVersion: '0.0.0-test',
  });
  const created = await session.dispatch('articles.create', { text: ARTICLE_TEXT });
  if (!created.ok) throw new Error(created.error.message);
  articleId = (created.value as { id: number }).id;
  const claim = await session.dispatch('claims.create', { articleId, start: 4, end: 30 });
  expect(claim.ok).toBe(true);
});
afterEach(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

const db = () => {
  const workbench = session.workbench();
  if (!workbench) throw new Error('the test database is not open');
  return workbench.store.db;
};

describe('a full disk or a read-only data folder', () => {
  it('a full disk gives a plain storage error; what was saved stays intact and saving resumes', async () => {
    // SQLite answers SQLITE_FULL when the file may not grow, exactly as on a full disk.
    const pages = db().pragma('page_count', { simple: true }) as number;
    db().pragma(`max_page_count = ${pages}`);
    const big = 'A long conclusion that does not fit. '.repeat(2000);

    const answer = await session.dispatch('articles.create', { text: big });

    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'storage', message: expect.stringMatching(/^The disk is full/) },
    });
    expect(checkIntegrity(db())).toEqual({ ok: true, problems: [] });
    expect(quotesIn(join(dir, 'factdesk.sqlite'))).toHaveLength(1);
    db().pragma('max_page_count = 1073741823');
    expect(await session.dispatch('articles.create', { text: big })).toMatchObject({ ok: true });
  });

  it('a read-only database gives a plain storage error and changes nothing', async () => {
    db().pragma('query_only = ON');
    const answer = await session.dispatch('claims.create', { articleId, start: 40, end: 60 });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'storage', message: expect.stringMatching(/^The data folder is read-only/) },
    });
    db().pragma('query_only = OFF');
    expect(quotesIn(join(dir, 'factdesk.sqlite'))).toHaveLength(1);
    expect(checkIntegrity(db()).ok).toBe(true);
  });
});
