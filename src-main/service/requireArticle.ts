import { notFound } from '../contract/errors';
import type { Article } from '../core/model';
import type { Store } from '../store/openStore';

/** The article, with its text; a `not_found` error when there is none or it is in the bin. */
export function requireArticle(store: Store, id: number): Article {
  const article = store.articles.get(id);
  if (!article) throw notFound('Article', id);
  return article;
}

/**
 * Checks that the article is there and not in the bin without reading its text, which can be
 * megabytes; a `not_found` error otherwise.
 */
export function requireArticleExists(store: Store, id: number): void {
  if (!store.articles.exists(id)) throw notFound('Article', id);
}
