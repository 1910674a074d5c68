import type { Database } from 'better-sqlite3';
import type { Article, ArticleSummary, ArticleVersion } from '../core/model';
import { ArticleFields } from '../core/model';
import { escapeLike } from './escapeLike';
import { fieldTable } from './fieldTable';

type ArticleRow = {
  id: number;
  text: string;
  version: number;
  sha256: string;
  created_at: string;
  updated_at: string;
} & Record<string, unknown>;

export function createArticleStore(db: Database) {
  const fields = fieldTable(db, 'articles', ArticleFields);
  const toArticle = (row: ArticleRow): Article => ({
    id: row.id,
    ...fields.read(row),
    text: row.text,
    version: row.version,
    sha256: row.sha256,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  const articleColumns = `a.id, a.text, a.version, v.sha256, a.created_at, a.updated_at,
    ${fields.select('a')}`;
  const selectOne = db.prepare<[number], ArticleRow>(
    `SELECT ${articleColumns} FROM articles a
     JOIN article_versions v ON v.article_id = a.id AND v.version = a.version
     WHERE a.id = ? AND a.deleted_at IS NULL`,
  );
  const selectLive = db.prepare<[number], { id: number }>(
    'SELECT id FROM articles WHERE id = ? AND deleted_at IS NULL',
  );
  const selectDeleted = db.prepare<[number], { id: number }>(
    'SELECT id FROM articles WHERE id = ? AND deleted_at IS NOT NULL',
  );
  const insertVersion = db.prepare(
    `INSERT INTO article_versions (article_id, version, text, sha256, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const setText = db.prepare(
    'UPDATE articles SET text = ?, version = ?, updated_at = ? WHERE id = ?',
  );
  const rewriteVersion = db.prepare(
    'UPDATE article_versions SET text = ?, sha256 = ? WHERE article_id = ? AND version = ?',
  );
  const softDelete = db.prepare('UPDATE articles SET deleted_at = ? WHERE id = ?');
  const undelete = db.prepare('UPDATE articles SET deleted_at = NULL, updated_at = ? WHERE id = ?');
  const listRows = db.prepare<[string], ArticleSummaryRow>(
    `SELECT a.id, a.title, a.outlet, a.published_at, a.updated_at,
       (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id AND c.deleted_at IS NULL) AS claim_count,
       (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id AND c.deleted_at IS NULL
          AND (c.anchor_state IN ('orphaned', 'changed') OR c.anchor_review IS NOT NULL))
          AS review_count
     FROM articles a
     WHERE a.deleted_at IS NULL AND a.title LIKE ? ESCAPE '\\'
     ORDER BY a.updated_at DESC, a.id DESC`,
  );
  const verdictCounts = db.prepare<[], { article_id: number; rating: string; n: number }>(
    `SELECT c.article_id, COALESCE(v.rating_key, 'unchecked') AS rating, COUNT(*) AS n
     FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id
     WHERE c.deleted_at IS NULL
     GROUP BY c.article_id, rating`,
  );
  const versions = db.prepare<[number], VersionRow>(
    `SELECT article_id, version, sha256, length(text) AS length, created_at
     FROM article_versions WHERE article_id = ? ORDER BY version`,
  );
  const versionText = db.prepare<[number, number], { text: string }>(
    'SELECT text FROM article_versions WHERE article_id = ? AND version = ?',
  );
  const firstArticle = db.prepare<[], { id: number }>(
    'SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 1',
  );

  return {
    get(id: number): Article | undefined {
      const row = selectOne.get(id);
      return row ? toArticle(row) : undefined;
    },
    /** Whether the article is there and not in the bin; its text is not read. */
    exists(id: number): boolean {
      return selectLive.get(id) !== undefined;
    },
    isDeleted(id: number): boolean {
      return selectDeleted.get(id) !== undefined;
    },
    mostRecentId(): number | null {
      return firstArticle.get()?.id ?? null;
    },
    /** Fields left out take their column's default. */
    insert(values: Partial<ArticleFields>, text: string, sha256: string, at: string): number {
      const id = fields.insert(values, { text, version: 1, created_at: at, updated_at: at });
      insertVersion.run(id, 1, text, sha256, at);
      return id;
    },
    update(id: number, patch: Partial<ArticleFields>, at: string): void {
      fields.update(patch, { updated_at: at }, { id });
    },
    addVersion(id: number, version: number, text: string, sha256: string, at: string): void {
      insertVersion.run(id, version, text, sha256, at);
      setText.run(text, version, at, id);
    },
    /** Replaces the latest version's text in place (an unjudged run of in-app edits). */
    rewriteLatestVersion(id: number, version: number, text: string, sha256: string, at: string) {
      rewriteVersion.run(text, sha256, id, version);
      setText.run(text, version, at, id);
    },
    versionText(id: number, version: number): string | undefined {
      return versionText.get(id, version)?.text;
    },
    softDelete(id: number, at: string): void {
      softDelete.run(at, id);
    },
    restore(id: number, at: string): void {
      undelete.run(at, id);
    },
    list(query = ''): ArticleSummary[] {
      const pattern = `%${escapeLike(query)}%`;
      const counts = new Map<number, Record<string, number>>();
      for (const row of verdictCounts.all()) {
        const byRating = counts.get(row.article_id) ?? {};
        byRating[row.rating] = row.n;
        counts.set(row.article_id, byRating);
      }
      return listRows.all(pattern).map((row) => ({
        id: row.id,
        title: row.title,
        outlet: row.outlet,
        publishedAt: row.published_at,
        updatedAt: row.updated_at,
        claimCount: row.claim_count,
        reviewCount: row.review_count,
        verdictCounts: counts.get(row.id) ?? {},
      }));
    },
    versions(id: number): ArticleVersion[] {
      return versions.all(id).map((row) => ({
        articleId: row.article_id,
        version: row.version,
        sha256: row.sha256,
        length: row.length,
        createdAt: row.created_at,
      }));
    },
  };
}

interface ArticleSummaryRow {
  id: number;
  title: string;
  outlet: string;
  published_at: string;
  updated_at: string;
  claim_count: number;
  review_count: number;
}

interface VersionRow {
  article_id: number;
  version: number;
  sha256: string;
  length: number;
  created_at: string;
}

export type ArticleStore = ReturnType<typeof createArticleStore>;
