import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../../../src-main/core/model';
import type { OpenedWorkbench } from '../../../src-main/service/openWorkbench';
import { openWorkbench } from '../../../src-main/service/openWorkbench';

export const ARTICLE_TEXT =
  'The mayor said ferry ridership fell by 40 per cent last year. The harbour master disagreed. ' +
  'Council minutes show 1.2 million trips in 2024, up from 1.1 million the year before.';

export function openAt(dbPath: string, now = '2026-03-04T10:00:00.000Z'): OpenedWorkbench {
  return openWorkbench({
    dbPath,
    shell: 'test',
    appVersion: '0.0.0-test',
    clock: () => new Date(now),
  });
}

/** Handlers are synchronous in this service; the tests await them either way. */
export async function addClaim(
  workbench: OpenedWorkbench,
  quote: string,
  articleId?: number,
): Promise<Claim> {
  const id =
    articleId ??
    workbench.store.articles.list()[0]?.id ??
    (await workbench.handlers['articles.create']({ text: ARTICLE_TEXT, meta: { title: 'Ferry' } }))
      .id;
  const start = ARTICLE_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the article`);
  return workbench.handlers['claims.create']({ articleId: id, start, end: start + quote.length });
}

/** A closed database file with one article and the given claims, made through the service. */
export async function makeDatabase(dbPath: string, quotes: string[]): Promise<void> {
  const workbench = openAt(dbPath);
  for (const quote of quotes) await addClaim(workbench, quote);
  workbench.close();
}

/** The exact bytes of a database and its companions, to prove that nothing touched them. */
export function snapshotFiles(dbPath: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const suffix of ['', '-wal']) {
    if (existsSync(`${dbPath}${suffix}`)) files[suffix] = readFileSync(`${dbPath}${suffix}`);
  }
  return files;
}

/** Claim quotes straight from a file, read-only, without the service or any migration. */
export function quotesIn(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[], { exact: string }>('SELECT exact FROM claims ORDER BY id')
      .all()
      .map((row) => row.exact);
  } finally {
    db.close();
  }
}

export const backupsDirOf = (dataDir: string) => join(dataDir, 'backups');
