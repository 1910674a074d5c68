import { notFound } from '../contract/errors';
import type { Article } from '../core/model';
import type { Store } from '../store/openStore';

export function requireArticle(store: Store, id: number): Article {
  const article = store.articles.get(id);
  if (!article) throw notFound('Article', id);
  return article;
}
