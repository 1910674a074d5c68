import type { Handlers } from '../contract/methods';
import { FactdeskError, invalid, notFound } from '../contract/errors';
import type { Article, ArticleMeta } from '../core/model';
import { putBackAll } from '../core/importing/putBackPassage';
import { ImportRecord, importRecordOf } from '../core/importing/ImportRecord';
import { normaliseText } from '../core/text/normaliseText';
import type { WorkbenchContext } from './WorkbenchContext';
import { requireArticle as requireArticleIn, requireArticleExists } from './requireArticle';
import { sha256 } from './sha256';

function titleFromText(text: string): string {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const cleaned = firstLine.replace(/^#+\s*/, '').trim();
  return cleaned.length > 120 ? `${cleaned.slice(0, 117)}…` : cleaned || 'Untitled article';
}

export function decodeBase64(data: string, path: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw invalid(path, 'is not valid base64');
  return Buffer.from(data, 'base64');
}

export function articleHandlers(
  ctx: WorkbenchContext,
): Pick<
  Handlers,
  | 'articles.list'
  | 'articles.get'
  | 'articles.create'
  | 'articles.preview'
  | 'articles.import'
  | 'articles.update'
  | 'articles.delete'
  | 'articles.restore'
  | 'articles.versions'
  | 'articles.importRecord'
> {
  const { store, mutation, entities } = ctx;
  const requireArticle = (id: number): Article => requireArticleIn(store, id);
  const articleAt = (id: number) => ({ of: entities.article, id });

  const create = (
    rawText: string,
    meta: Partial<ArticleMeta> = {},
    imported?: ImportRecord,
  ): Article => {
    const text = normaliseText(rawText);
    if (text.trim() === '') throw invalid('text', 'the article has no text');
    const title = meta.title?.trim() ? meta.title : titleFromText(text);
    const { id } = mutation(
      entities.article,
      'create',
      () => store.articles.insert({ ...meta, title }, text, sha256(text), ctx.now()),
      imported && { imported },
    );
    return requireArticle(id);
  };

  return {
    'articles.list': ({ query }) => store.articles.list(query ?? ''),
    'articles.get': ({ id }) => requireArticle(id),
    'articles.create': ({ text, meta, imported }) => create(text, meta, imported),
    'articles.preview': ({ fileName, dataBase64, encoding, language }) =>
      ctx.importFile(fileName, decodeBase64(dataBase64, 'dataBase64'), { encoding, language }),
    'articles.import': async ({ fileName, dataBase64, meta, encoding, keepLeftOut }) => {
      const preview = await ctx.importFile(fileName, decodeBase64(dataBase64, 'dataBase64'), {
        encoding,
        language: meta?.language,
      });
      const { text, coverage } = keepLeftOut ? putBackAll(preview.text, preview.coverage) : preview;
      const article = create(
        text,
        { ...preview.meta, ...meta },
        importRecordOf(fileName, preview.format, coverage, preview.encoding),
      );
      return { article, warnings: preview.warnings, coverage, encoding: preview.encoding };
    },
    'articles.update': ({ id, patch }) => {
      mutation(articleAt(id), 'update', () => {
        requireArticle(id);
        store.articles.update(id, patch, ctx.now());
      });
      return requireArticle(id);
    },
    'articles.delete': ({ id }) => {
      mutation(articleAt(id), 'delete', () => {
        requireArticle(id);
        store.articles.softDelete(id, ctx.now());
      });
      return { id };
    },
    'articles.restore': ({ id }) => {
      mutation(articleAt(id), 'restore', () => {
        if (!store.articles.isDeleted(id)) {
          if (store.articles.get(id)) {
            throw new FactdeskError('conflict', `Article ${id} is not deleted`);
          }
          throw notFound('Article', id);
        }
        store.articles.restore(id, ctx.now());
      });
      return requireArticle(id);
    },
    'articles.importRecord': ({ id }) => {
      requireArticleExists(store, id);
      const created = store.audit
        .forEntity('article', id)
        .find((entry) => entry.action === 'create');
      const recorded = (created?.after as { imported?: unknown } | null)?.imported;
      const parsed = ImportRecord.safeParse(recorded);
      return parsed.success ? parsed.data : null;
    },
    'articles.versions': ({ id }) => {
      requireArticleExists(store, id);
      return store.articles.versions(id);
    },
  };
}
