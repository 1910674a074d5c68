import type { Article, Claim } from '../../src-main/core/model';
import type { HostProcess } from './fixtures';
import { api } from './fixtures';

/**
 * Creates an article through the host's API and marks each quote as a claim, at the quote's
 * first occurrence in `text`. Claims are returned in the order of `quotes`.
 */
export async function articleWithClaims(
  host: HostProcess,
  text: string,
  title: string,
  quotes: readonly string[],
): Promise<{ article: Article; claims: Claim[] }> {
  const article = await api<Article>(host, 'articles.create', { text, meta: { title } });
  const claims: Claim[] = [];
  for (const quote of quotes) {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`“${quote}” is not in the article`);
    claims.push(
      await api<Claim>(host, 'claims.create', {
        articleId: article.id,
        start,
        end: start + quote.length,
      }),
    );
  }
  return { article, claims };
}
