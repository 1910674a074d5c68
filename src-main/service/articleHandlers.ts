import type { Handlers } from '../contract/methods';
import { FactdeskError, invalid, notFound } from '../contract/errors';
import type { Article, ArticleMeta } from '../core/model';
import { putBackAll } from '../core/importing/putBackPassage';
import { normaliseText } from '../core/text/normaliseText';
import type { WorkbenchContext } from './WorkbenchContext';
import { requireArticle as requireArticleIn } from './requireArticle';
import { sha256 } from './sha256';

const emptyMeta: ArticleMeta = {
  title: '',
  outlet: '',
  url: '',
  author: '',
  publishedAt: '',
  language: '',
};

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
> {
  const { store } = ctx;

  const requireArticle = (id: number): Article => requireArticleIn(store, id);

  const create = (rawText: string, meta: Partial<ArticleMeta> = {}): Article => {
    const text = normaliseText(rawText);
    if (text.trim() === '') throw invalid('text', 'the article has no text');
    return store.transaction(() => {
      const full: ArticleMeta = { ...emptyMeta, ...meta };
      if (full.title.trim() === '') full.title = titleFromText(text);
      const id = store.articles.insert(full, text, sha256(text), ctx.now());
      const article = requireArticle(id);
      ctx.audit('article', id, 'create', null, { ...full, version: 1, sha256: article.sha256 });
      return article;
    });
  };

  return {
    'articles.list': ({ query }) => store.articles.list(query ?? ''),
    'articles.get': ({ id }) => requireArticle(id),
    'articles.create': ({ text, meta }) => create(text, meta),
    'articles.preview': ({ fileName, dataBase64, encoding, language }) =>
      ctx.importFile(fileName, decodeBase64(dataBase64, 'dataBase64'), { encoding, language }),
    'articles.import': async ({ fileName, dataBase64, meta, encoding, keepLeftOut }) => {
      const preview = await ctx.importFile(fileName, decodeBase64(dataBase64, 'dataBase64'), {
        encoding,
        language: meta?.language,
      });
      const { text, coverage } = keepLeftOut ? putBackAll(preview.text, preview.coverage) : preview;
      const article = create(text, { ...preview.meta, ...meta });
      return { article, warnings: preview.warnings, coverage, encoding: preview.encoding };
    },
    'articles.update': ({ id, patch }) =>
      store.transaction(() => {
        const before = requireArticle(id);
        store.articles.update(id, patch, ctx.now());
        const after = requireArticle(id);
        const changed = Object.fromEntries(
          Object.keys(patch).map((key) => [key, before[key as keyof Article]]),
        );
        ctx.audit('article', id, 'update', changed, patch);
        return after;
      }),
    'articles.delete': ({ id }) =>
      store.transaction(() => {
        const before = requireArticle(id);
        store.articles.softDelete(id, ctx.now());
        ctx.audit('article', id, 'delete', { title: before.title }, null);
        return { id };
      }),
    'articles.restore': ({ id }) =>
      store.transaction(() => {
        if (!store.articles.isDeleted(id)) {
          if (store.articles.get(id)) {
            throw new FactdeskError('conflict', `Article ${id} is not deleted`);
          }
          throw notFound('Article', id);
        }
        store.articles.restore(id, ctx.now());
        const article = requireArticle(id);
        ctx.audit('article', id, 'restore', null, { title: article.title });
        return article;
      }),
    'articles.versions': ({ id }) => {
      requireArticle(id);
      return store.articles.versions(id);
    },
  };
}
